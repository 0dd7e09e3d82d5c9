package vn.khaosat.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.khaosat.base.EmbeddedMariaDb;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PlanContent;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.PlanView;
import vn.khaosat.plan.FieldView;
import vn.khaosat.plan.SurveyPlanProcess;
import vn.khaosat.plan.TemplateService;

/**
 * So that a newcomer can try collection at once, the demo issues Xã Tây Xuân's plan for the current
 * year through the real process (drafted by canbo.tx, approved by chutich.tx) and registers a kiosk
 * whose address is /kiosk/demo-kiosk-tx. Embedded demo database only, and only once.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = {EmbeddedMariaDb.ACTIVE_PROPERTY, "app.demo-data.enabled", "app.demo-data.campaign"},
        havingValue = "true")
class DemoCampaign implements ApplicationRunner {

    static final String KIOSK_TOKEN = DemoKiosk.TOKEN;
    private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

    private final PlanService plans;
    private final TemplateService templates;
    private final DemoKiosk demoKiosk;
    private final TaskService tasks;
    private final UserDetailsService users;
    private final Clock clock;

    DemoCampaign(PlanService plans, TemplateService templates, DemoKiosk demoKiosk, TaskService tasks,
            UserDetailsService users, Clock clock) {
        this.plans = plans;
        this.templates = templates;
        this.demoKiosk = demoKiosk;
        this.tasks = tasks;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoKiosk.registered()) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        try {
            as("canbo.tx");
            if (plans.visiblePlans().stream().noneMatch(p -> p.year() == year)) {
                issuePlan(year);
            }
            demoKiosk.register();
            log.info("Demo campaign: plan {} of Xã Tây Xuân issued; kiosk at /kiosk/{}", year, KIOSK_TOKEN);
        } catch (RuntimeException e) {
            // a convenience of the demo must never stop the application from starting
            log.warn("The demo campaign could not be prepared: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void issuePlan(int year) {
        String draftTask = plans.startDraft(year);
        PlanView draft = plans.planOfTask(draftTask);
        PlanContent c = draft.content();
        Set<Long> fields = templates.activeFields().stream().limit(3).map(FieldView::id)
                .collect(Collectors.toSet());
        plans.submit(draftTask, draft.version(), new PlanContent("01/KH-UBND", LocalDate.of(year, 1, 12),
                c.placeName(), c.legalBasis(), c.purposes(), c.requirements(), c.templateId(), fields,
                EnumSet.of(Channel.KIOSK, Channel.ONLINE, Channel.PAPER, Channel.SUGGESTION_BOX), c.coverageTarget(),
                c.cutOffDay(), c.reportedPeriods(), c.recipients(), c.signerName(), c.signerTitle()));
        as("chutich.tx");
        String approveTask = tasks.createTaskQuery().processInstanceBusinessKey("plan-" + year + "-TX")
                .taskDefinitionKey(SurveyPlanProcess.TASK_APPROVE).singleResult().getId();
        plans.approve(approveTask, plans.planOfTask(approveTask).version());
        as("canbo.tx");
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
