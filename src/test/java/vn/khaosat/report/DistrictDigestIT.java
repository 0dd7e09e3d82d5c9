package vn.khaosat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestDistrict;
import vn.khaosat.notify.Mails;
import vn.khaosat.notify.Outbox;
import vn.khaosat.plan.PeriodType;

/**
 * The monthly digest of Huyện Tây Sơn after the 28th of April 2024: quarter I as the reviewer's
 * dashboard shows it (Tây Xuân approved, Bình Dương returned, Tây Phú missing), once, with the
 * consolidated table attached.
 */
@SpringTest
class DistrictDigestIT {

    @Autowired
    TestDistrict fixture;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    DistrictDigest digest;
    @Autowired
    DistrictService district;
    @Autowired
    ReportService reports;
    @Autowired
    Outbox outbox;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    GreenMail smtp;

    @BeforeEach
    void quarterOneReviewed() {
        fixture.quarterOneSentToTheDistrict();
        Login.as(users, "noivu.ts");
        String bd = fixture.reportTask("BD");
        reports.returnReport(bd, reports.reportOfTask(bd).version(), "Bổ sung số liệu");
        String tx = fixture.reportTask("TX");
        reports.approve(tx, reports.reportOfTask(tx).version());
        Login.out();
        jdbc.update("DELETE FROM outbox_message");
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    @AfterEach
    void cleanUp() {
        smtp.stop();
        campaigns.deleteAll();
        jdbc.update("DELETE FROM outbox_message");
        jdbc.update("DELETE FROM task_notice");
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void after_the_28th_the_reviewer_gets_one_digest_with_the_dashboards_figures_and_the_consolidated_table()
            throws Exception {
        TestClock.set(2024, 4, 27, 10, 0);
        assertThat(digest.sendIfDue()).isZero();
        TestClock.set(2024, 4, 28, 8, 59);
        assertThat(digest.sendIfDue()).as("before the publications have settled").isZero();
        TestClock.set(2024, 4, 28, 9, 0);
        assertThat(digest.sendIfDue()).isEqualTo(1);
        assertThat(digest.sendIfDue()).isZero();
        TestClock.set(2024, 4, 30, 9, 0);
        assertThat(digest.sendIfDue()).as("once a month").isZero();

        assertThat(outbox.dispatch("test")).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("noivu.ts@khaosat.example");
        assertThat(mail.getSubject()).isEqualTo("[Khảo sát hài lòng] Tổng hợp tháng 04/2024 — Huyện Tây Sơn, kỳ quý I/2024");

        // the figures are the reviewer's dashboard for the period, line by line
        Login.as(users, "noivu.ts");
        DistrictDashboard dashboard = district.dashboard("TS", 2024, PeriodType.QUARTER_I);
        assertThat(dashboard.rows()).extracting(DistrictDashboard.Row::overallRate).containsExactly(100.0, 80.0, null);
        String text = Mails.part(mail, "text/plain");
        assertThat(text).contains("Kính gửi Lê Thị Hoa (Phòng Nội vụ),",
                "Kết quả quý I/2024: 2/3 xã thuộc Huyện Tây Sơn đã công bố",
                "1. Xã Tây Xuân: tỷ lệ hài lòng 100,0 %, độ bao phủ 25,0 %, xếp loại Xuất sắc; báo cáo: Đã chấp thuận",
                "http://localhost:8080/cong-khai/TX",
                "2. Thị trấn Bình Dương: tỷ lệ hài lòng 80,0 %, độ bao phủ –, xếp loại Khá; báo cáo: Bị trả lại",
                "–. Xã Tây Phú: tỷ lệ hài lòng chưa công bố, độ bao phủ –, xếp loại Yếu; báo cáo: Không báo cáo",
                "Báo cáo muộn hoặc chưa gửi: Xã Tây Phú.", "http://localhost:8080/district");
        assertThat(Mails.part(mail, "text/html")).contains("<a href=\"http://localhost:8080/cong-khai/BD\">");

        byte[] xlsx = Mails.attachment(mail, "tong-hop-TS-2024-Q1.xlsx");
        ConsolidatedTable table = district.consolidated("TS", 2024, PeriodType.QUARTER_I);
        // the sheet holds the rate as a number, the table as text: compared as numbers
        assertThat(cells(xlsx).stream().map(DistrictDigestIT::rateAsNumber).toList()).containsSubsequence(
                table.lines().stream().map(ConsolidatedTable.Line::cells).map(DistrictDigestIT::rateAsNumber).toList());
    }

    @Test
    void a_reviewer_who_turned_the_digest_off_gets_none() {
        jdbc.update("INSERT INTO notification_setting (username, language, disabled_kinds) VALUES ('noivu.ts', 'vi', "
                + "'DISTRICT_DIGEST')");
        try {
            TestClock.set(2024, 4, 28, 10, 0);
            assertThat(digest.sendIfDue()).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message", Integer.class)).isZero();
        } finally {
            jdbc.update("DELETE FROM notification_setting");
        }
    }

    private static List<String> rateAsNumber(List<String> row) {
        List<String> copy = new ArrayList<>(row);
        String last = copy.get(copy.size() - 1).replace("%", "").replace(",", ".").strip();
        if (last.matches("[0-9.]+")) {
            copy.set(copy.size() - 1, "%.1f".formatted(Double.parseDouble(last)));
        }
        return copy;
    }

    @Test
    void a_reviewer_who_reads_english_gets_the_digest_in_english() throws Exception {
        jdbc.update("INSERT INTO notification_setting (username, language, disabled_kinds) VALUES ('noivu.ts', 'en', '')");
        try {
            TestClock.set(2024, 4, 28, 10, 0);
            assertThat(digest.sendIfDue()).isEqualTo(1);
            assertThat(outbox.dispatch("test")).isEqualTo(1);
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertThat(mail.getSubject())
                    .isEqualTo("[Satisfaction surveys] Digest of 04/2024 — Huyện Tây Sơn, period Quarter I 2024");
            assertThat(Mails.part(mail, "text/plain")).contains("Dear Lê Thị Hoa (Phòng Nội vụ),",
                    "1. Xã Tây Xuân: satisfaction 100.0 %, coverage 25.0 %, grade Excellent; report: Approved",
                    "Reports late or missing: Xã Tây Phú.");
        } finally {
            jdbc.update("DELETE FROM notification_setting");
        }
    }

    /** Every non-empty row of the first sheet as the text Excel shows. */
    private static List<List<String>> cells(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter(java.util.Locale.forLanguageTag("vi"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (Cell cell : row) {
                    values.add(format.formatCellValue(cell));
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
