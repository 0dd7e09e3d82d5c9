package vn.khaosat;

import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.base.AppTime;
import vn.khaosat.collection.KioskService;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PlanContent;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.PlanView;
import vn.khaosat.plan.FieldView;
import vn.khaosat.plan.TemplateService;

/** Issues a commune's plan through the real process, so its campaign runs; and removes it all again. */
@TestComponent
public class TestCampaigns {

    private final PlanService plans;
    private final TemplateService templates;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final CampaignService campaignService;
    private final KioskService kiosks;

    public TestCampaigns(PlanService plans, TemplateService templates, RuntimeService runtime, TaskService tasks,
            ManagementService management, UserDetailsService users, JdbcTemplate jdbc, CampaignService campaignService, KioskService kiosks) {
        this.campaignService = campaignService;
        this.kiosks = kiosks;
        this.plans = plans;
        this.templates = templates;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.users = users;
        this.jdbc = jdbc;
    }

    /**
     * Drafts, approves and issues the commune's plan for the engine clock's year with the given
     * template, channels and the fields TP-HT, VHXH and DC-XD-MT. The engine clock must be set.
     */
    public void run(String communeCode, String templateCode, Set<Channel> channels) {
        run(communeCode, templateCode, channels, Set.of("TP-HT", "VHXH", "DC-XD-MT"));
    }

    /** {@link #run(String, String, Set)} with the plan's fields chosen by code. */
    public void run(String communeCode, String templateCode, Set<Channel> channels, Set<String> fieldCodes) {
        run(communeCode, templateCode, channels, fieldCodes, ClockUtil.getCurrentTime().toInstant().atZone(AppTime.ZONE).getYear());
    }

    /** {@link #run(String, String, Set, Set)} for a given year (next year's plan, issued in December). */
    public void run(String communeCode, String templateCode, Set<Channel> channels, Set<String> fieldCodes, int year) {
        String suffix = communeCode.toLowerCase();
        Login.as(users, "canbo." + suffix);
        String draftTask = plans.startDraft(year);
        PlanView draft = plans.planOfTask(draftTask);
        PlanContent c = draft.content();
        long template = templates.activeTemplates().stream().filter(t -> t.code().equals(templateCode)).findFirst()
                .orElseThrow().id();
        Set<Long> fields = templates.activeFields().stream()
                .filter(f -> fieldCodes.contains(f.code()))
                .map(FieldView::id).collect(Collectors.toSet());
        plans.submit(draftTask, draft.version(), new PlanContent("07/KH-UBND", null, c.placeName(), c.legalBasis(),
                c.purposes(), c.requirements(), template, fields, channels, c.coverageTarget(), c.cutOffDay(),
                c.reportedPeriods(), c.recipients(), c.signerName(), c.signerTitle()));
        Login.as(users, "chutich." + suffix);
        String process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("plan-" + year + "-" + communeCode).singleResult().getId();
        String approveTask = tasks.createTaskQuery().processInstanceId(process).singleResult().getId();
        plans.approve(approveTask, plans.planOfTask(approveTask).version());
        management.executeJob(management.createJobQuery().processInstanceId(process).singleResult().getId());
        Login.out();
    }

    /** Registers a kiosk of the commune as its staff would; returns its token. */
    public String registerKiosk(String communeCode, String name) {
        Login.as(users, "canbo." + communeCode.toLowerCase());
        try {
            return kiosks.register(communeCode, name).token();
        } finally {
            Login.out();
        }
    }

    public void deleteAll() {
        for (String key : new String[] {"DistrictReport", "PublicationCycle", "Feedback", "NextYearPlan", "SurveyCampaign",
                "SurveyPlan"}) {
            runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
        }
        jdbc.update("DELETE FROM response_audit");
        jdbc.update("DELETE FROM paper_form_batch");
        emptyBenchResponses();
        jdbc.update("DELETE FROM survey_response");
        jdbc.update("DELETE FROM dossier_count");
        jdbc.update("DELETE FROM kiosk");
        jdbc.update("DELETE FROM commune_officer");
        jdbc.update("DELETE FROM period_report");
        jdbc.update("DELETE FROM alert");
        jdbc.update("DELETE FROM period_publication");
        jdbc.update("DELETE FROM period_cycle");
        jdbc.update("DELETE FROM survey_campaign");
        campaignService.forgetRunningCampaigns();
        jdbc.update("DELETE FROM survey_plan");
    }

    /**
     * A benchmark's millions of responses are emptied, not deleted: one DELETE undo-logs every row and
     * cascades to four times as many answers (it ran for more than ten minutes after B2's 10 million),
     * where emptying both tables takes seconds. Small tables, the tests', are deleted as before.
     */
    private void emptyBenchResponses() {
        Long answers = jdbc.queryForObject("SELECT table_rows FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_name = 'response_answer'", Long.class);
        if (answers == null || answers < 1_000_000) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                // the answers go first; the check is off only for the one table that refers to them
                statement.execute("TRUNCATE TABLE response_answer");
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                try {
                    statement.execute("TRUNCATE TABLE survey_response");
                } finally {
                    statement.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
            }
            return null;
        });
    }
}
