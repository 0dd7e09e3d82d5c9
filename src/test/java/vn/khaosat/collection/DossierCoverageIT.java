package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.TemplateService;

@SpringTest
class DossierCoverageIT {

    @Autowired
    DossierService dossiers;
    @Autowired
    CollectionService collection;
    @Autowired
    KioskService kiosks;
    @Autowired
    TemplateService templates;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void march2024() {
        TestClock.set(2024, 3, 20, 9, 0);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM dossier_count");
        campaigns.deleteAll();
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void a_csv_export_with_errors_stores_nothing_unless_asked_to_store_the_valid_rows() throws Exception {
        Login.as(users, "canbo.tx");
        String csv = "\uFEFFTháng;Lĩnh vực;Số hồ sơ\n"
                + "03/2024;Tư pháp – hộ tịch;120\n"
                + "2024-03;VHXH;30\n"
                + "15/03/2024;tp-ht;5\n"
                + "13/2024;VHXH;1\n"
                + "03/2024;Nông nghiệp;2\n"
                + "03/2024;VHXH;-4\n";

        ImportReport refused = dossiers.importFile("mot-cua.csv", bytes(csv), false);
        assertThat(refused.rowsRead()).isEqualTo(6);
        assertThat(refused.stored()).isFalse();
        assertThat(refused.errors()).extracting(ImportReport.RowError::line, ImportReport.RowError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "collection.import.month"),
                        org.assertj.core.groups.Tuple.tuple(6, "collection.import.field"),
                        org.assertj.core.groups.Tuple.tuple(7, "collection.import.count"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier_count", Integer.class)).isZero();

        ImportReport partly = dossiers.importFile("mot-cua.csv", bytes(csv), true);
        assertThat(partly.stored()).isTrue();
        assertThat(partly.rowsStored()).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT CONCAT(f.code, ' ', d.count_month, ' ', d.dossiers) FROM dossier_count d "
                + "JOIN service_field f ON f.id = d.field_id ORDER BY f.code", String.class))
                .containsExactly("TP-HT 3 125", "VHXH 3 30");
    }

    @Test
    void an_xlsx_export_with_english_headers_and_real_dates_is_read_too() throws Exception {
        Login.as(users, "canbo.tx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet();
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Date");
            header.createCell(1).setCellValue("Field");
            header.createCell(2).setCellValue("Count");
            XSSFRow row = sheet.createRow(1);
            var date = row.createCell(0);
            date.setCellValue(java.time.LocalDate.of(2024, 2, 14));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            row.createCell(1).setCellValue("Địa chính – xây dựng – môi trường");
            row.createCell(2).setCellValue(42);
            workbook.write(out);
        }
        ImportReport report = dossiers.importFile("export.xlsx", new ByteArrayInputStream(out.toByteArray()), false);
        assertThat(report.errors()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT CONCAT(count_month, ' ', dossiers) FROM dossier_count", String.class))
                .isEqualTo("2 42");
    }

    @Test
    void a_file_without_the_needed_columns_is_refused_whole() throws Exception {
        Login.as(users, "canbo.tx");
        ImportReport report = dossiers.importFile("x.csv", bytes("a,b,c\n1,2,3\n"), true);
        assertThat(report.errors()).extracting(ImportReport.RowError::messageKey)
                .containsExactly("collection.import.header");
        assertThat(report.stored()).isFalse();
    }

    @Test
    void coverage_is_responses_over_dossiers_per_field_and_month_against_the_plans_target() {
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK));
        Login.as(users, "canbo.tx");
        var kiosk = kiosks.authenticate(kiosks.register("TX", "Quầy 1").token()).orElseThrow();
        for (int i = 0; i < 3; i++) {
            collection.submitAtKiosk(answer("TP-HT"), kiosk, "127.0.0.1");
        }
        collection.submitAtKiosk(answer("VHXH"), kiosk, "127.0.0.1");
        long tpht = field("TP-HT");
        long vhxh = field("VHXH");
        // given on 20/03, after March's cut-off (14): they count in April's window
        dossiers.enter(tpht, 2024, 4, 4);
        dossiers.enter(vhxh, 2024, 4, 1);
        dossiers.enter(tpht, 2024, 1, 10);
        dossiers.enter(tpht, 2024, 12, 50);

        Coverage coverage = dossiers.coverage(2024);

        assertThat(coverage.target()).isEqualTo(80);
        Coverage.FieldRow justice = coverage.fields().stream().filter(f -> f.fieldCode().equals("TP-HT")).findFirst()
                .orElseThrow();
        assertThat(justice.months().get(2)).isEqualTo(new Coverage.Cell(0, 0));
        assertThat(justice.months().get(3)).isEqualTo(new Coverage.Cell(3, 4));
        assertThat(justice.months().get(3).rate()).isEqualTo(75.0);
        assertThat(justice.months().get(3).meets(80)).isFalse();
        // the year to date runs to April's window, which today (20/03) is in: December's dossiers do not count yet
        assertThat(justice.yearToDate()).isEqualTo(new Coverage.Cell(3, 14));
        Coverage.FieldRow culture = coverage.fields().stream().filter(f -> f.fieldCode().equals("VHXH")).findFirst()
                .orElseThrow();
        assertThat(culture.months().get(3).meets(80)).isTrue();
        assertThat(culture.months().get(4).rate()).isNull();
        assertThat(coverage.fields()).extracting(Coverage.FieldRow::fieldCode).containsExactly("TP-HT", "VHXH", "DC-XD-MT");
    }

    @Test
    void entering_counts_is_for_commune_staff_and_checks_its_input() {
        Login.as(users, "chutich.tx");
        assertThatThrownBy(() -> dossiers.enter(field("TP-HT"), 2024, 3, 4)).isInstanceOf(AccessDeniedException.class);
        Login.as(users, "canbo.tx");
        assertThatThrownBy(() -> dossiers.enter(field("TP-HT"), 2024, 13, -1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("month", "collection.import.month").containsEntry("count", "collection.import.count"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier_count", Integer.class)).isZero();
    }

    private long field(String code) {
        return templates.activeFields().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static Submission answer(String field) {
        return new Submission("TX", field, Channel.KIOSK, null, List.of(new Submission.Answer(1, 1),
                new Submission.Answer(2, 1), new Submission.Answer(3, 1), new Submission.Answer(4, 1)), null, null, null,
                null, null);
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
