package vn.khaosat.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

import vn.khaosat.KaribuTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestCycles;
import vn.khaosat.TestResponses;
import vn.khaosat.base.AppTime;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Text people type is shown as text everywhere: on screens, in the preview and in the PDF (ASVS 5.3.3). */
class XssTest extends KaribuTest {

    static final String SCRIPT = "<script>window.pwned=1</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    TestCycles cycles;
    @Autowired
    CampaignService campaignService;
    @Autowired
    ReportService reports;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void script_and_markup_in_a_narrative_stay_text_on_screen_and_in_documents() throws Exception {
        TestClock.set(2024, 3, 16, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        cycles.openDueWork("TX", 2024);
        TestResponses.insert(jdbc, campaignService.runningCampaign("TX", 2024).orElseThrow(), "TP-HT",
                LocalDate.of(2024, 3, 1), 1, 1, 1, 1);
        cycles.publish("TX", "2024-03", new Narrative("Ưu điểm " + SCRIPT, "Khó khăn " + IMAGE, "Việc tới & <b>đậm</b>"),
                ZonedDateTime.of(2024, 3, 28, 8, 0, 0, 0, AppTime.ZONE));
        String task = tasks.createTaskQuery().processInstanceBusinessKey("report-2024-Q1-TX").singleResult().getId();

        loginAndOpen("canbo.tx", ReportProcess.PREPARE_ROUTE + "/" + task);
        ReportPrepareView view = _get(ReportPrepareView.class);
        assertThat(view.narrative.strengths.getValue()).isEqualTo("Ưu điểm " + SCRIPT);
        assertThat(view.panel.preview.getElement().getTextRecursively()).contains("Ưu điểm " + SCRIPT,
                "Khó khăn " + IMAGE, "Việc tới & <b>đậm</b>");
        assertThat(markupAnywhere(UI.getCurrent().getElement())).isEmpty();

        long reportId = jdbc.queryForObject("SELECT id FROM period_report WHERE commune_code = 'TX'", Long.class);
        String pdf;
        try (PdfReader reader = new PdfReader(reports.pdf(reportId))) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            pdf = text.toString().replaceAll("\\s+", " ");
        }
        assertThat(pdf).contains(SCRIPT, IMAGE);
    }

    /** Elements whose inner HTML (not text) holds what was typed: there must be none. */
    private static List<String> markupAnywhere(Element root) {
        List<String> found = new ArrayList<>();
        String html = root.getProperty("innerHTML");
        if (html != null && (html.contains("<script") || html.contains("onerror") || html.contains("<b>"))) {
            found.add(root.getTag() + ": " + html);
        }
        root.getChildren().forEach(child -> found.addAll(markupAnywhere(child)));
        return found;
    }
}
