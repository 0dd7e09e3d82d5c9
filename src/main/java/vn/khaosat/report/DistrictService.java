package vn.khaosat.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.document.AdminDocument;
import vn.khaosat.base.document.DocxRenderer;
import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.Rates;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.cycle.PublishedPeriod;
import vn.khaosat.cycle.ResultsDocumentTable;
import vn.khaosat.org.OrgService;
import vn.khaosat.base.AppTime;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.org.OrgUnit;
import vn.khaosat.org.UnitView;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.PublicationCalendar;

/**
 * What a parent unit (district, or a province with communes of its own) sees of its communes: the
 * dashboard of a reported period with grades, and the consolidated table. The reporting chain is
 * the org tree: a unit's communes are its direct commune children.
 */
@Service
@Transactional(readOnly = true)
public class DistrictService {

    /** The order levels are printed in when communes use different scales. */
    /** The reported periods a year's trend shows. */
    private static final List<PeriodType> TREND = List.of(PeriodType.QUARTER_I, PeriodType.SIX_MONTHS,
            PeriodType.QUARTER_III, PeriodType.YEAR);

    private static final List<String> LEVEL_ORDER = List.of("Rất hài lòng", "Hài lòng", "Bình thường",
            "Không hài lòng", "Rất không hài lòng");

    private final OrgService org;
    private final PeriodReportRepository reports;
    private final PublicationService publications;
    private final ReportSettings settings;
    private final Clock clock;
    private final CampaignService campaigns;

    DistrictService(OrgService org, PeriodReportRepository reports, PublicationService publications,
            ReportSettings settings, Clock clock, CampaignService campaigns) {
        this.campaigns = campaigns;
        this.org = org;
        this.reports = reports;
        this.publications = publications;
        this.settings = settings;
        this.clock = clock;
    }

    /** The units whose communes the user may follow: their own non-commune unit and those under it. */
    public List<UnitView> reviewableUnits() {
        return org.visibleUnits().stream().filter(u -> !u.getType().isCommune())
                .filter(u -> !communes(u).isEmpty()).map(UnitView::of).toList();
    }

    public DistrictDashboard dashboard(String unitCode, int year, PeriodType type) {
        return dashboard(reviewable(unitCode), year, type);
    }

    /** The units above communes that have communes, for jobs that act for no user (the monthly digest). */
    List<OrgUnit> parentUnits() {
        return org.parentUnits().stream().filter(u -> !communes(u).isEmpty()).toList();
    }

    /** The dashboard without the tenant rule: for the digest, which the unit's reviewers receive. */
    DistrictDashboard dashboard(OrgUnit unit, int year, PeriodType type) {
        Period period = period(year, type);
        List<PeriodReport> unitReports = reports.findByParentCodeAndYear(unit.getCode(), year).stream()
                .filter(r -> r.getPeriodCode().equals(period.code())).toList();
        LocalDate today = LocalDate.now(clock);
        LocalDate publicationDate = PublicationCalendar.publicationDate(YearMonth.of(year, type.publicationMonth()));
        LocalDate dueOn = publicationDate.plusDays(settings.dueDaysAfterPublication());

        // everything the dashboard shows of its communes, read at once: the period, the same period a
        // year before, and the trends of both years
        List<OrgUnit> communes = communes(unit);
        List<String> codes = communes.stream().map(OrgUnit::getCode).toList();
        Published published = new Published(publications.published(codes, trendPeriods(year, year - 1)));
        List<String> withoutReport = codes.stream().filter(c -> unitReports.stream()
                .noneMatch(r -> r.getCommuneCode().equals(c))).toList();
        Map<String, java.time.Instant> cancelled = withoutReport.isEmpty() ? Map.of()
                : campaigns.cancelledAt(withoutReport, year);

        Map<String, String> fields = new LinkedHashMap<>();
        List<DistrictDashboard.Row> rows = new ArrayList<>();
        for (OrgUnit commune : communes) {
            Optional<PublishedPeriod> publishedPeriod = published.of(commune.getCode(), period.code());
            Optional<PeriodReport> report = unitReports.stream()
                    .filter(r -> r.getCommuneCode().equals(commune.getCode())).findFirst();
            DashboardStatus status = report.map(r -> status(r, today))
                    .orElseGet(() -> Optional.ofNullable(cancelled.get(commune.getCode()))
                            .filter(at -> !at.atZone(AppTime.ZONE).toLocalDate().isAfter(dueOn))
                            .map(at -> DashboardStatus.CANCELLED)
                            .orElse(today.isBefore(publicationDate) ? DashboardStatus.NOT_DUE
                                    : today.isAfter(dueOn) ? DashboardStatus.MISSING : DashboardStatus.DUE));
            Double overall = publishedPeriod.map(p -> p.results().overallRate()).orElse(null);
            Map<String, Double> fieldRates = new LinkedHashMap<>();
            Double coverage = null;
            Integer target = null;
            if (publishedPeriod.isPresent()) {
                PeriodResults r = publishedPeriod.get().results();
                int responses = 0;
                int dossiers = 0;
                for (PeriodResults.FieldResult f : r.fields()) {
                    fields.putIfAbsent(f.fieldCode(), f.fieldName());
                    fieldRates.put(f.fieldCode(), f.rate());
                    if (f.dossiers() != null) {
                        responses += f.responses();
                        dossiers += f.dossiers();
                    }
                }
                coverage = Rates.coverage(responses, dossiers);
                target = r.coverageTarget();
            }
            rows.add(new DistrictDashboard.Row(commune.getCode(), commune.getName(), status,
                    report.map(PeriodReport::isLate).orElse(false), overall, fieldRates, coverage, target,
                    Grade.of(overall, status.reported(), settings.grades()), null, report.map(PeriodReport::getId).orElse(null),
                    published.of(commune.getCode(), period(year - 1, type).code())
                            .map(p -> p.results().overallRate()).orElse(null)));
        }
        List<DistrictDashboard.Row> ranked = rank(rows);
        return new DistrictDashboard(unit.getCode(), unit.getName(), period.code(), period.nameVi(), fields, ranked,
                trend(codes, published, year), trend(codes, published, year - 1));
    }

    /** Publications read at once, by commune and period code. */
    private record Published(Map<String, Map<String, PublishedPeriod>> byCommune) {

        Optional<PublishedPeriod> of(String communeCode, String periodCode) {
            return Optional.ofNullable(byCommune.getOrDefault(communeCode, Map.of()).get(periodCode));
        }
    }

    private static List<String> trendPeriods(int... years) {
        List<String> codes = new ArrayList<>();
        for (int year : years) {
            TREND.forEach(type -> codes.add(period(year, type).code()));
        }
        return codes;
    }

    public ConsolidatedTable consolidated(String unitCode, int year, PeriodType type) {
        return consolidated(reviewable(unitCode), year, type);
    }

    /**
     * Open data: the consolidated table of a unit above communes, published figures only, for anyone;
     * empty for an unknown unit or a commune.
     */
    public Optional<ConsolidatedTable> publishedConsolidated(String unitCode, int year, PeriodType type) {
        return org.parentUnits().stream().filter(u -> u.getCode().equals(unitCode)).findFirst()
                .map(unit -> consolidated(unit, year, type));
    }

    ConsolidatedTable consolidated(OrgUnit unit, int year, PeriodType type) {
        Period period = period(year, type);
        List<String> levels = new ArrayList<>();
        Map<OrgUnit, PeriodResults> results = new LinkedHashMap<>();
        List<OrgUnit> communes = communes(unit);
        Published published = new Published(publications.published(communes.stream().map(OrgUnit::getCode).toList(),
                List.of(period.code())));
        for (OrgUnit commune : communes) {
            published.of(commune.getCode(), period.code()).ifPresent(p -> {
                results.put(commune, p.results());
                p.results().levelLabels().stream().filter(l -> !levels.contains(l)).forEach(levels::add);
            });
        }
        levels.sort(Comparator.comparingInt(l -> LEVEL_ORDER.contains(l) ? LEVEL_ORDER.indexOf(l) : 100));
        List<String> headers = new ArrayList<>(List.of("Đơn vị", "Lĩnh vực"));
        headers.addAll(levels);
        headers.addAll(List.of("Số phiếu", "Tỷ lệ hài lòng"));

        List<ConsolidatedTable.Line> lines = new ArrayList<>();
        Map<String, long[]> fieldTotals = new LinkedHashMap<>();
        Map<String, double[]> fieldRateSums = new LinkedHashMap<>();
        for (Map.Entry<OrgUnit, PeriodResults> entry : results.entrySet()) {
            PeriodResults r = entry.getValue();
            boolean first = true;
            for (PeriodResults.FieldResult f : r.fields()) {
                long[] counts = new long[levels.size() + 1];
                for (PeriodResults.CriterionResult c : f.criteria()) {
                    for (int i = 0; i < c.levelCounts().size(); i++) {
                        counts[levels.indexOf(r.levelLabels().get(i))] += c.levelCounts().get(i);
                    }
                }
                counts[levels.size()] = f.responses();
                lines.add(line(first ? entry.getKey().getName() : "", f.fieldName(), counts, f.rate(), false));
                first = false;
                long[] total = fieldTotals.computeIfAbsent(f.fieldName(), k -> new long[levels.size() + 1]);
                for (int i = 0; i < counts.length; i++) {
                    total[i] += counts[i];
                }
                if (f.rate() != null) {
                    double[] sum = fieldRateSums.computeIfAbsent(f.fieldName(), k -> new double[2]);
                    sum[0] += f.rate() * f.responses();
                    sum[1] += f.responses();
                }
            }
        }
        long[] grand = new long[levels.size() + 1];
        double[] grandRate = new double[2];
        boolean first = true;
        for (Map.Entry<String, long[]> total : fieldTotals.entrySet()) {
            double[] sum = fieldRateSums.getOrDefault(total.getKey(), new double[2]);
            lines.add(line(first ? "Cộng" : "", total.getKey(), total.getValue(), sum[1] == 0 ? null : sum[0] / sum[1],
                    true));
            first = false;
            for (int i = 0; i < grand.length; i++) {
                grand[i] += total.getValue()[i];
            }
            grandRate[0] += sum[0];
            grandRate[1] += sum[1];
        }
        lines.add(line("Tổng cộng", "", grand, grandRate[1] == 0 ? null : grandRate[0] / grandRate[1], true));
        String title = "Tổng hợp kết quả khảo sát mức độ hài lòng của các xã thuộc " + unit.getName() + " "
                + period.nameVi() + " (" + results.size() + "/" + communes.size() + " xã đã công bố)";
        return new ConsolidatedTable(title, headers, lines);
    }

    public byte[] consolidatedXlsx(String unitCode, int year, PeriodType type) {
        return ReportSpreadsheet.consolidated(consolidated(unitCode, year, type));
    }

    public byte[] consolidatedDocx(String unitCode, int year, PeriodType type) {
        ConsolidatedTable table = consolidated(unitCode, year, type);
        OrgUnit unit = reviewable(unitCode);
        AdminDocument.Body body = new AdminDocument.Body()
                .paragraph(table.title() + ":")
                .table(table.headers(), table.lines().stream().map(ConsolidatedTable.Line::cells).toList())
                .italic("Tỷ lệ hài lòng của dòng cộng: bình quân tỷ lệ các xã theo số phiếu.");
        LocalDate today = LocalDate.now(clock);
        return DocxRenderer.render(new AdminDocument(
                List.of("ỦY BAN NHÂN DÂN", unit.getName().toUpperCase(Locale.forLanguageTag("vi"))), "Số: …/BC-UBND",
                "…, ngày %02d tháng %02d năm %d".formatted(today.getDayOfMonth(), today.getMonthValue(), today.getYear()),
                "BÁO CÁO", table.title(), body.blocks(), List.of("- Lưu: VT."), List.of("TM. ỦY BAN NHÂN DÂN"), ""));
    }

    // ---- inside

    private static ConsolidatedTable.Line line(String unit, String field, long[] counts, Double rate, boolean total) {
        List<String> cells = new ArrayList<>(List.of(unit, field));
        for (long n : counts) {
            cells.add(String.valueOf(n));
        }
        cells.add(ResultsDocumentTable.percent(rate));
        return new ConsolidatedTable.Line(cells, total);
    }

    private static DashboardStatus status(PeriodReport report, LocalDate today) {
        return switch (report.getStatus()) {
            case APPROVED -> DashboardStatus.APPROVED;
            case IN_REVIEW -> DashboardStatus.SUBMITTED;
            case RETURNED -> DashboardStatus.RETURNED;
            case PREPARING, SIGNING -> today.isAfter(report.getDueOn()) ? DashboardStatus.LATE : DashboardStatus.DUE;
            case CANCELLED -> DashboardStatus.CANCELLED;
        };
    }

    private static List<DistrictDashboard.Row> rank(List<DistrictDashboard.Row> rows) {
        List<DistrictDashboard.Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(DistrictDashboard.Row::overallRate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(DistrictDashboard.Row::communeName));
        List<DistrictDashboard.Row> ranked = new ArrayList<>();
        int rank = 0;
        Double previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            DistrictDashboard.Row r = sorted.get(i);
            if (r.overallRate() != null && !r.overallRate().equals(previous)) {
                rank = i + 1;
            }
            previous = r.overallRate();
            ranked.add(new DistrictDashboard.Row(r.communeCode(), r.communeName(), r.status(), r.late(), r.overallRate(),
                    r.fieldRates(), r.coverage(), r.coverageTarget(), r.grade(), r.overallRate() == null ? null : rank,
                    r.reportId(), r.lastYearRate()));
        }
        return ranked;
    }

    private static Map<PeriodType, Double> trend(List<String> communeCodes, Published published, int year) {
        Map<PeriodType, Double> trend = new LinkedHashMap<>();
        for (PeriodType type : TREND) {
            Period period = period(year, type);
            List<Double> rates = communeCodes.stream()
                    .map(c -> published.of(c, period.code()))
                    .flatMap(Optional::stream).map(p -> p.results().overallRate()).filter(r -> r != null).toList();
            if (!rates.isEmpty()) {
                trend.put(type, rates.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            }
        }
        return trend;
    }

    private OrgUnit reviewable(String unitCode) {
        OrgUnit unit = org.unit(unitCode);
        if (unit.getType().isCommune()) {
            throw new AccessDeniedException("a commune has no communes to follow");
        }
        return unit;
    }

    /** A unit's active communes; the caller has checked that the unit itself may be read. */
    private List<OrgUnit> communes(OrgUnit unit) {
        return org.activeCommunesUnder(unit.getCode());
    }

    /**
     * The last reported period published (08:00 on its 28th): what a reviewer opens the dashboard
     * for, and what the monthly digest reports. Before quarter I's publication that is last year's
     * whole year.
     */
    public static Map.Entry<Integer, PeriodType> latestPublished(LocalDateTime now) {
        Map.Entry<Integer, PeriodType> latest = Map.entry(now.getYear() - 1, PeriodType.YEAR);
        for (PeriodType type : List.of(PeriodType.QUARTER_I, PeriodType.SIX_MONTHS, PeriodType.QUARTER_III,
                PeriodType.YEAR)) {
            if (PublicationCalendar.isPublished(YearMonth.of(now.getYear(), type.publicationMonth()),
                    now.atZone(AppTime.ZONE).toInstant())) {
                latest = Map.entry(now.getYear(), type);
            }
        }
        return latest;
    }

    private static Period period(int year, PeriodType type) {
        if (type == PeriodType.MONTH) {
            throw new IllegalArgumentException("monthly results are not reported upwards");
        }
        return PublicationCalendar.of(year, 14).stream().flatMap(p -> p.periods().stream())
                .filter(p -> p.type() == type).findFirst().orElseThrow();
    }
}
