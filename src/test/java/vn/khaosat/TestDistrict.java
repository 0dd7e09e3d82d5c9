package vn.khaosat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.base.AppTime;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.report.ReportService;

/**
 * Huyện Tây Sơn's quarter I of 2024 with three communes, through the real processes: Tây Xuân
 * publishes (3 very satisfied and 1 satisfied answers in Tư pháp – hộ tịch, 4 dossiers; all satisfied
 * in Văn hóa – xã hội) and sends its report, Bình Dương publishes (80 % satisfied) and sends its
 * report, Tây Phú neither. The clock is left at 10 April 2024 09:00, both reports awaiting the
 * district's review. {@link TestCampaigns#deleteAll} removes it.
 */
@TestComponent
public class TestDistrict {

    public static final ZonedDateTime MARCH_28_0800 = ZonedDateTime.of(2024, 3, 28, 8, 0, 0, 0, AppTime.ZONE);

    private final TestCampaigns campaigns;
    private final TestCycles cycles;
    private final CampaignService campaignService;
    private final ReportService reports;
    private final TaskService tasks;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    public TestDistrict(TestCampaigns campaigns, TestCycles cycles, CampaignService campaignService,
            ReportService reports, TaskService tasks, UserDetailsService users, JdbcTemplate jdbc) {
        this.campaigns = campaigns;
        this.cycles = cycles;
        this.campaignService = campaignService;
        this.reports = reports;
        this.tasks = tasks;
        this.users = users;
        this.jdbc = jdbc;
    }

    public void quarterOneSentToTheDistrict() {
        TestClock.set(2024, 3, 16, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        campaigns.run("BD", "TT4-3M", Set.of(Channel.PAPER));
        cycles.openDueWork("TX", 2024);
        cycles.openDueWork("BD", 2024);
        RunningCampaign tx = campaignService.runningCampaign("TX", 2024).orElseThrow();
        TestResponses.insert(jdbc, tx, "TP-HT", LocalDate.of(2024, 2, 10), 1, 1, 2, 1);
        TestResponses.insert(jdbc, tx, "VHXH", LocalDate.of(2024, 3, 5), 1, 2, 2, 2);
        long justice = jdbc.queryForObject("SELECT id FROM service_field WHERE code = 'TP-HT'", Long.class);
        jdbc.update("INSERT INTO dossier_count (commune_code, field_id, count_year, count_month, dossiers, updated_by, "
                + "updated_at) VALUES ('TX', ?, 2024, 2, 4, 'test', NOW())", justice);
        RunningCampaign bd = campaignService.runningCampaign("BD", 2024).orElseThrow();
        for (int i = 0; i < 4; i++) {
            TestResponses.insert(jdbc, bd, "TP-HT", LocalDate.of(2024, 2, 1 + i), 1, 1, 1, 1);
        }
        TestResponses.insert(jdbc, bd, "TP-HT", LocalDate.of(2024, 2, 20), 3, 3, 3, 3);
        cycles.publish("TX", "2024-03", new Narrative("Tốt", "Không", "Tiếp tục"), MARCH_28_0800);
        cycles.publish("BD", "2024-03", new Narrative("Khá", "Thiếu người", "Bổ sung"), MARCH_28_0800);
        prepareAndSign("TX");
        prepareAndSign("BD");
        TestClock.set(2024, 4, 10, 9, 0);
    }

    /** The open task of the commune's quarter I report (preparing, signing, review, revision). */
    public String reportTask(String commune) {
        return tasks.createTaskQuery().processInstanceBusinessKey("report-2024-Q1-" + commune).singleResult().getId();
    }

    private void prepareAndSign(String commune) {
        String suffix = commune.toLowerCase();
        Login.as(users, "canbo." + suffix);
        String prepare = reportTask(commune);
        reports.prepare(prepare, reports.reportOfTask(prepare).version(), reports.reportOfTask(prepare).narrative());
        Login.as(users, "chutich." + suffix);
        String sign = reportTask(commune);
        reports.signAndSubmit(sign, reports.reportOfTask(sign).version());
        Login.out();
    }
}
