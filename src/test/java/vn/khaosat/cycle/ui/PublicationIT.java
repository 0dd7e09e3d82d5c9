package vn.khaosat.cycle.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.UI;

import vn.khaosat.KaribuTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestResponses;
import vn.khaosat.base.AppTime;
import vn.khaosat.collection.PaperService;
import vn.khaosat.cycle.AggregationService;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.cycle.PublishedPeriod;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.Publication;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.RunningCampaign;

/** Publishing freezes a period's figures once; the public page shows the frozen ones. */
class PublicationIT extends KaribuTest {

    @Autowired
    PublicationService publications;
    @Autowired
    AggregationService aggregation;
    @Autowired
    CampaignService campaignService;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PaperService paper;

    RunningCampaign campaign;
    Publication june;

    @BeforeEach
    void responsesOfTheFirstHalf() {
        TestClock.set(2024, 1, 5, 9, 0);
        campaigns.run("BD", "TT4-3M", Set.of(Channel.PAPER));
        campaign = campaignService.runningCampaign("BD", 2024).orElseThrow();
        TestResponses.insert(jdbc, campaign, "TP-HT", LocalDate.of(2024, 2, 1), 1, 1, 2, 1);
        TestResponses.insert(jdbc, campaign, "TP-HT", LocalDate.of(2024, 6, 10), 1, 3, 2, 2);
        TestResponses.insert(jdbc, campaign, "VHXH", LocalDate.of(2024, 5, 20), 2, 2, 2, 2);
        june = PublicationCalendar.of(2024, 14).get(5);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM period_publication");
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void a_publication_freezes_its_periods_once_and_later_entries_do_not_change_them() {
        assertThat(publications.publish("BD", 2024, june, false)).isEqualTo(2);
        assertThat(publications.publish("BD", 2024, june, true)).isZero();

        PublishedPeriod sixMonths = publications.published("BD", "2024-H1").orElseThrow();
        assertThat(sixMonths.results().responses()).isEqualTo(3);
        assertThat(sixMonths.late()).isFalse();
        // June runs 15/05 to 14/06: the answers of 20/05 and 10/06
        assertThat(publications.published("BD", "2024-06").orElseThrow().results().responses()).isEqualTo(2);

        // a paper form dated in the published window, typed in on 1/7 after publication
        TestClock.set(2024, 7, 1, 9, 0);
        loginAndOpen("canbo.bd", "");
        long vhxh = campaign.fields().stream().filter(f -> f.code().equals("VHXH")).findFirst().orElseThrow().id();
        paper.issue(vhxh, 10);
        long id = paper.enter(vhxh, LocalDate.of(2024, 3, 1), "BD-2024-00001", "3333").responseId();
        assertThat(jdbc.queryForObject("SELECT counted_on FROM survey_response WHERE id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2024, 7, 1));

        assertThat(publications.published("BD", "2024-H1").orElseThrow().results().responses()).isEqualTo(3);
        assertThat(aggregation.aggregate(campaign, june.mainPeriod()).responses()).isEqualTo(3);
        // it counts in July (15/06 to 14/07), the next open period
        Publication july = PublicationCalendar.of(2024, 14).get(6);
        assertThat(aggregation.aggregate(campaign, july.mainPeriod()).fields().stream()
                .filter(f -> f.fieldCode().equals("VHXH")).findFirst().orElseThrow().responses()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM period_publication", Integer.class)).isEqualTo(2);

        // a form dated in the open period counts on its own date
        long open = paper.enter(vhxh, LocalDate.of(2024, 6, 20), "BD-2024-00002", "1111").responseId();
        assertThat(jdbc.queryForObject("SELECT counted_on FROM survey_response WHERE id = ?", LocalDate.class, open))
                .isEqualTo(LocalDate.of(2024, 6, 20));
    }

    @Test
    void a_publication_at_08_00_in_vietnam_is_stored_in_utc_on_a_server_whose_jvm_runs_in_vietnam() {
        TimeZone jvmZone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(AppTime.ZONE));
            TestClock.set(2024, 6, 28, 8, 0);
            assertThat(publications.publish("BD", 2024, june, false)).isEqualTo(2);

            // the column holds UTC wall time, as Hibernate writes every other instant
            assertThat(jdbc.queryForObject("SELECT DATE_FORMAT(published_at, '%Y-%m-%d %H:%i') FROM period_publication "
                    + "WHERE period_code = '2024-06'", String.class)).isEqualTo("2024-06-28 01:00");
            assertThat(publications.published("BD", "2024-06").orElseThrow().publishedAt())
                    .isEqualTo(ZonedDateTime.of(2024, 6, 28, 8, 0, 0, 0, AppTime.ZONE).toInstant());
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    @Test
    void the_notice_of_a_publication_is_a_pdf_with_the_frozen_table() throws Exception {
        publications.publish("BD", 2024, june, false);
        byte[] pdf = publications.notice("BD", june.date()).orElseThrow();
        String text;
        try (var document = new com.lowagie.text.pdf.PdfReader(pdf)) {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(document);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            text = all.toString().replaceAll("\\s+", " ");
        }
        assertThat(text).contains("THÔNG BÁO", "tháng 6/2024", "6 tháng đầu năm 2024", "Tư pháp – hộ tịch",
                "Thời gian giải quyết", "Rất hài lòng", "Số phiếu thu vào");
        assertThat(publications.notice("BD", june.date().minusMonths(1))).isEmpty();
    }

    @Test
    void the_public_page_shows_the_published_figures_of_the_commune() {
        UI.getCurrent().navigate("cong-khai/bd");
        PublicResultsView empty = _get(PublicResultsView.class);
        assertThat(empty.getElement().getTextRecursively()).contains("Chưa có kết quả nào được công bố.");

        publications.publish("BD", 2024, june, false);
        UI.getCurrent().navigate("cong-khai/BD");
        PublicResultsView view = _get(PublicResultsView.class);
        assertThat(view.title.getText()).isEqualTo("Kết quả khảo sát mức độ hài lòng – Thị trấn Bình Dương");
        assertThat(view.period.getValue().periodCode()).isIn("2024-06", "2024-H1");
        view.period.setValue(view.period.getListDataView().getItems().filter(p -> p.periodCode().equals("2024-H1"))
                .findFirst().orElseThrow());
        assertThat(view.figures.getElement().getTextRecursively()).contains("3 phiếu; tỷ lệ hài lòng chung ")
                .contains("từ 15/12/2023 đến 14/06/2024");
        assertThat(view.notice.getText()).isEqualTo("Tải thông báo niêm yết (PDF)");
        assertThat(view.figures.charts).extracting(c -> c.title())
                .contains("Tỷ lệ hài lòng theo lĩnh vực (%)", "Số ý kiến theo mức đánh giá");
        assertThat(view.figures.table.getListDataView().getItems())
                .filteredOn(r -> r.field().equals("Tư pháp – hộ tịch") && r.criterion().position() == 2)
                .singleElement().satisfies(r -> {
                    assertThat(r.criterion().levelCounts()).containsExactly(1, 0, 1);
                    assertThat(r.criterion().rate()).isEqualTo(50.0);
                });
    }
}
