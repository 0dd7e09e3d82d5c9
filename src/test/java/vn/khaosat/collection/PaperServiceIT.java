package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PublicationCalendar;

@SpringTest
class PaperServiceIT {

    @Autowired
    PaperService paper;
    @Autowired
    PublicationService publications;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    long tpht;
    long vhxh;

    @BeforeEach
    void runningCampaign() {
        TestClock.set(2024, 3, 20, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        Login.as(users, "canbo.tx");
        tpht = jdbc.queryForObject("SELECT id FROM service_field WHERE code = 'TP-HT'", Long.class);
        vhxh = jdbc.queryForObject("SELECT id FROM service_field WHERE code = 'VHXH'", Long.class);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM response_audit");
        jdbc.update("DELETE FROM paper_form_batch");
        campaigns.deleteAll();
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void printed_forms_carry_serials_the_questionnaire_and_vietnamese_text() throws Exception {
        long batch = paper.issue(tpht, 3);
        byte[] pdf = paper.formsPdf(batch);
        // kept for a person to look at, as the plan document is
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"))
                .resolve("phieu-khao-sat-tp-ht.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(3);
        String last = new PdfTextExtractor(reader).getTextFromPage(3).replaceAll("\\s+", " ");
        reader.close();
        assertThat(last).contains("PHIẾU KHẢO SÁT MỨC ĐỘ HÀI LÒNG", "Số phiếu: TX-2024-00003", "Lĩnh vực: Tư pháp – hộ tịch",
                "Thái độ của cán bộ tiếp nhận hồ sơ", "Rất hài lòng", "Không hài lòng");
        assertThat(paper.counts()).filteredOn(c -> c.field().id() == tpht)
                .extracting(PaperService.FieldCount::issued).containsExactly(3);

        long second = paper.issue(vhxh, 2);
        assertThat(new PdfTextExtractor(new PdfReader(paper.formsPdf(second))).getTextFromPage(1))
                .contains("TX-2024-00004");
        assertThatThrownBy(() -> paper.issue(tpht, 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_collected_form_is_entered_once_with_its_serial_date_and_levels() {
        paper.issue(tpht, 2);
        paper.issue(vhxh, 1);

        SubmissionResult stored = paper.enter(tpht, LocalDate.of(2024, 3, 18), "tx-2024-00002", "1 1 2 1");
        assertThat(stored.duplicate()).isFalse();
        assertThat(jdbc.queryForObject("SELECT CONCAT(channel, ' ', paper_serial, ' ', given_on) FROM survey_response",
                String.class)).isEqualTo("PAPER TX-2024-00002 2024-03-18");
        assertThat(paper.entered(tpht)).extracting(PaperService.EnteredForm::digits).containsExactly("1121");

        assertInvalid(() -> paper.enter(tpht, LocalDate.of(2024, 3, 18), "TX-2024-00002", "1111"), "serial",
                "collection.paper.serialEntered");
        assertInvalid(() -> paper.enter(tpht, LocalDate.of(2024, 3, 18), "TX-2024-00003", "1111"), "serial",
                "collection.paper.serialNotIssued");
        assertInvalid(() -> paper.enter(vhxh, LocalDate.of(2024, 3, 18), "TX-2024-00001", "1111"), "serial",
                "collection.paper.serialNotIssued");
        assertInvalid(() -> paper.enter(tpht, LocalDate.of(2024, 3, 18), "BD-2024-00001", "1111"), "serial",
                "collection.paper.serialFormat");
        assertInvalid(() -> paper.enter(tpht, LocalDate.of(2024, 3, 18), "TX-2024-00001", "114"), "digits",
                "collection.paper.digits");
        assertInvalid(() -> paper.enter(tpht, LocalDate.of(2024, 3, 18), "TX-2024-00001", "1141"), "answers",
                "collection.error.level");
        assertInvalid(() -> paper.enter(tpht, LocalDate.of(2024, 3, 18), "TX-2024-00001", "1101"), "answers",
                "collection.error.answersIncomplete");
        assertInvalid(() -> paper.enter(tpht, LocalDate.of(2024, 3, 21), "TX-2024-00001", "1111"), "givenOn",
                "collection.paper.dateFuture");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
    }

    @Test
    void deleting_an_entered_form_is_audited_and_frees_its_serial() {
        paper.issue(tpht, 1);
        long id = paper.enter(tpht, LocalDate.of(2024, 3, 19), "TX-2024-00001", "2222").responseId();
        assertThat(paper.counts()).filteredOn(c -> c.field().id() == tpht)
                .extracting(PaperService.FieldCount::collected).containsExactly(1);

        paper.delete(id);

        assertThat(jdbc.queryForObject("SELECT CONCAT(action, ' ', done_by, ' ', details) FROM response_audit",
                String.class)).isEqualTo("DELETE canbo.tx paper form TX-2024-00001");
        assertThat(paper.counts()).filteredOn(c -> c.field().id() == tpht)
                .extracting(PaperService.FieldCount::collected).containsExactly(0);
        assertThat(paper.enter(tpht, LocalDate.of(2024, 3, 19), "TX-2024-00001", "1111").duplicate()).isFalse();
    }

    @Test
    void a_form_of_a_published_period_can_no_longer_be_deleted() {
        paper.issue(tpht, 2);
        long march = paper.enter(tpht, LocalDate.of(2024, 3, 10), "TX-2024-00001", "1111").responseId();
        long april = paper.enter(tpht, LocalDate.of(2024, 3, 16), "TX-2024-00002", "1111").responseId();
        publications.publish("TX", 2024, PublicationCalendar.of(2024, 14).get(2), false);

        assertInvalid(() -> paper.delete(march), "form", "collection.paper.published");
        paper.delete(april);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
    }

    private static void assertInvalid(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldMessageKeys()).containsEntry(field, key));
    }
}
