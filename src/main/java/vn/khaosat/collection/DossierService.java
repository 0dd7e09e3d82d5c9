package vn.khaosat.collection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.org.OrgService;
import vn.khaosat.org.OrgUnit;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.PlanView;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.FieldView;
import vn.khaosat.plan.TemplateService;

/**
 * Dossiers processed per field and month, entered by commune staff or imported from the one-stop
 * system's export (CSV or XLSX: month or date, field, count; Vietnamese or English headers), and the
 * coverage they give: responses ÷ dossiers.
 */
@Service
@Transactional(readOnly = true)
public class DossierService {

    static final int MAX_ROWS = 100_000;
    static final int MAX_COUNT = 1_000_000;
    private static final int DEFAULT_TARGET = 80;

    private final DossierCountRepository counts;
    private final TemplateService templates;
    private final PlanService plans;
    private final OrgService org;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DossierService(DossierCountRepository counts, TemplateService templates, PlanService plans, OrgService org,
            CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.counts = counts;
        this.templates = templates;
        this.plans = plans;
        this.org = org;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sets the dossiers of one field and month of the user's commune. */
    @Transactional
    public void enter(long fieldId, int year, int month, Integer dossiers) {
        String commune = myCommune();
        Map<String, String> errors = new LinkedHashMap<>();
        if (templates.activeFields().stream().noneMatch(f -> f.id() == fieldId)) {
            errors.put("field", "collection.error.field");
        }
        if (month < 1 || month > 12 || year < 2000 || year > 2100) {
            errors.put("month", "collection.import.month");
        }
        if (dossiers == null || dossiers < 0 || dossiers > MAX_COUNT) {
            errors.put("count", "collection.import.count");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store(commune, Map.of(new Key(fieldId, YearMonth.of(year, month)), dossiers));
    }

    /**
     * Reads an export and, if it has no errors (or {@code storeValidRows} is set), stores its counts:
     * rows of the same field and month are added up and replace what was there.
     */
    @Transactional
    public ImportReport importFile(String fileName, InputStream content, boolean storeValidRows) throws IOException {
        String commune = myCommune();
        List<String[]> rows;
        try {
            rows = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(content) : csv(content);
        } catch (IOException | RuntimeException unreadable) {
            // a broken, empty or mislabelled file (POI and Commons CSV report it in their own ways)
            return new ImportReport(0, 0, List.of(new ImportReport.RowError(1, ImportReport.UNREADABLE,
                    fileName)), false);
        }
        Map<String, FieldView> fieldsByName = new HashMap<>();
        for (FieldView f : templates.activeFields()) {
            fieldsByName.put(normalize(f.code()), f);
            fieldsByName.put(normalize(f.nameVi()), f);
            fieldsByName.put(normalize(f.nameEn()), f);
        }
        List<ImportReport.RowError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new ImportReport.RowError(1, "collection.import.empty", ""));
            return new ImportReport(0, 0, errors, false);
        }
        int[] columns = columns(rows.get(0));
        if (columns == null) {
            errors.add(new ImportReport.RowError(1, "collection.import.header", String.join(", ", rows.get(0))));
            return new ImportReport(0, 0, errors, false);
        }
        Map<Key, Integer> sums = new LinkedHashMap<>();
        int read = 0;
        for (int i = 1; i < rows.size() && read < MAX_ROWS; i++) {
            String[] row = rows.get(i);
            if (String.join("", row).isBlank()) {
                continue;
            }
            read++;
            int line = i + 1;
            Optional<YearMonth> month = month(cell(row, columns[0]));
            FieldView field = fieldsByName.get(normalize(cell(row, columns[1])));
            Integer count = count(cell(row, columns[2]));
            if (month.isEmpty()) {
                errors.add(new ImportReport.RowError(line, "collection.import.month", cell(row, columns[0])));
            } else if (field == null) {
                errors.add(new ImportReport.RowError(line, "collection.import.field", cell(row, columns[1])));
            } else if (count == null) {
                errors.add(new ImportReport.RowError(line, "collection.import.count", cell(row, columns[2])));
            } else {
                sums.merge(new Key(field.id(), month.get()), count, Integer::sum);
            }
        }
        boolean store = errors.isEmpty() || storeValidRows;
        if (store) {
            store(commune, sums);
        }
        return new ImportReport(read, store ? read - errors.size() : 0, errors, store && !sums.isEmpty());
    }

    /**
     * Coverage of the user's commune in a year, by field and month, from the responses counted and the
     * dossiers counted. A month's responses are those of its data window, as the period's figures count
     * them (cut-off 14: 15/11–14/12 for December; 15/12 of the year before opens January).
     */
    public Coverage coverage(int year) {
        String commune = myCommune();
        Optional<PlanView> plan = plans.visiblePlans().stream()
                .filter(p -> p.communeCode().equals(commune) && p.year() == year).findFirst();
        int target = plan.map(p -> p.content().coverageTarget()).orElse(DEFAULT_TARGET);
        int cutOff = plan.map(p -> p.content().cutOffDay()).orElse(PublicationCalendar.DEFAULT_CUT_OFF_DAY);
        List<FieldView> fields = plan.map(PlanView::fields).orElseGet(templates::activeFields);

        Map<Key, Integer> responses = new HashMap<>();
        jdbc.query("SELECT field_id, counted_on, COUNT(*) AS n FROM survey_response "
                + "WHERE commune_code = ? AND counted_on BETWEEN ? AND ? GROUP BY field_id, counted_on",
                rs -> {
                    YearMonth month = PublicationCalendar.windowMonth(rs.getObject("counted_on", LocalDate.class), cutOff);
                    responses.merge(new Key(rs.getLong("field_id"), month), rs.getInt("n"), Integer::sum);
                }, commune, PublicationCalendar.firstWindowDay(year, cutOff), PublicationCalendar.lastWindowDay(year, cutOff));
        Map<Key, Integer> dossiers = new HashMap<>();
        counts.findByCommuneCodeAndYear(commune, year)
                .forEach(c -> dossiers.put(new Key(c.getFieldId(), YearMonth.of(year, c.getMonth())), c.getDossiers()));

        YearMonth today = PublicationCalendar.windowMonth(LocalDate.now(clock), cutOff);
        int lastMonth = today.getYear() == year ? today.getMonthValue() : today.getYear() < year ? 0 : 12;
        List<Coverage.FieldRow> rows = new ArrayList<>();
        for (FieldView field : fields) {
            List<Coverage.Cell> months = new ArrayList<>();
            int sumResponses = 0;
            int sumDossiers = 0;
            for (int m = 1; m <= 12; m++) {
                Key key = new Key(field.id(), YearMonth.of(year, m));
                Coverage.Cell cell = new Coverage.Cell(responses.getOrDefault(key, 0), dossiers.getOrDefault(key, 0));
                months.add(cell);
                if (m <= lastMonth) {
                    sumResponses += cell.responses();
                    sumDossiers += cell.dossiers();
                }
            }
            rows.add(new Coverage.FieldRow(field.code(), field.nameVi(), months,
                    new Coverage.Cell(sumResponses, sumDossiers)));
        }
        return new Coverage(year, target, rows);
    }

    // ---- inside

    private record Key(long fieldId, YearMonth month) {
    }

    private void store(String commune, Map<Key, Integer> values) {
        String user = currentUser.requireUsername();
        values.forEach((key, value) -> {
            DossierCount count = counts.findByCommuneCodeAndFieldIdAndYearAndMonth(commune, key.fieldId(),
                    key.month().getYear(), key.month().getMonthValue())
                    .orElseGet(() -> new DossierCount(commune, key.fieldId(), key.month().getYear(),
                            key.month().getMonthValue()));
            count.set(value, user, clock.instant());
            counts.save(count);
        });
        counts.flush();
    }

    private String myCommune() {
        OrgUnit unit = org.currentUnit();
        if (!unit.getType().isCommune() || !currentUser.hasRole("COMMUNE_STAFF")) {
            throw new AccessDeniedException("commune staff only");
        }
        return unit.getCode();
    }

    /** Which columns hold the month (or date), the field and the count, by header; null if one is missing. */
    static int[] columns(String[] header) {
        int[] columns = {-1, -1, -1};
        for (int i = 0; i < header.length; i++) {
            String name = normalize(header[i]);
            if (columns[0] < 0 && (name.startsWith("thang") || name.startsWith("ngay") || name.startsWith("month")
                    || name.startsWith("date"))) {
                columns[0] = i;
            } else if (columns[1] < 0 && (name.startsWith("linh vuc") || name.startsWith("field"))) {
                columns[1] = i;
            } else if (columns[2] < 0 && (name.startsWith("so ho so") || name.startsWith("so luong")
                    || name.startsWith("count") || name.startsWith("dossiers"))) {
                columns[2] = i;
            }
        }
        return columns[0] < 0 || columns[1] < 0 || columns[2] < 0 ? null : columns;
    }

    static Optional<YearMonth> month(String value) {
        String v = value.strip();
        for (String pattern : new String[] {"M/yyyy", "yyyy-MM"}) {
            try {
                return Optional.of(YearMonth.parse(v, DateTimeFormatter.ofPattern(pattern)));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        for (String pattern : new String[] {"d/M/yyyy", "yyyy-MM-dd"}) {
            try {
                return Optional.of(YearMonth.from(LocalDate.parse(v, DateTimeFormatter.ofPattern(pattern))));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    static Integer count(String value) {
        try {
            int count = Integer.parseInt(value.strip());
            return count < 0 || count > MAX_COUNT ? null : count;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Lower case, without diacritics (đ → d), single spaces: "Lĩnh  vực" → "linh vuc". */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("\uFEFF", "");
    }

    private static String cell(String[] row, int column) {
        return column < row.length && row[column] != null ? row[column] : "";
    }

    private static List<String[]> csv(InputStream content) throws IOException {
        byte[] bytes = content.readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<String[]> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
                rows.add(record.values());
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        }
        return rows;
    }

    private static List<String[]> xlsx(InputStream content) throws IOException {
        List<String[]> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(content)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                String[] values = new String[Math.max(row.getLastCellNum(), 0)];
                for (int i = 0; i < values.length; i++) {
                    Cell cell = row.getCell(i);
                    if (cell == null) {
                        values[i] = "";
                    } else if (cell.getCellType() == CellType.NUMERIC
                            && DateUtil.isCellDateFormatted(cell)) {
                        values[i] = cell.getLocalDateTimeCellValue().toLocalDate().toString();
                    } else {
                        values[i] = formatter.formatCellValue(cell);
                    }
                }
                rows.add(values);
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        }
        return rows;
    }
}
