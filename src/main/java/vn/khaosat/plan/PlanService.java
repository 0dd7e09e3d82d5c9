package vn.khaosat.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.ProcessVariable;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.base.alerts.AlertService;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ApprovalStep;
import vn.khaosat.base.tasks.TaskRecords;
import vn.khaosat.org.AppUser;
import vn.khaosat.org.CandidateGroups;
import vn.khaosat.org.OrgService;
import vn.khaosat.org.OrgUnit;
import vn.khaosat.org.Role;

/**
 * The annual plan, through process survey-plan: commune staff draft it and submit it, the commune
 * leader approves or returns it with a comment, and the engine issues it (document stored) and
 * starts the year's campaign. Saving a task's data and completing the task happen in one
 * transaction. A plan is seen only within the commune's reach (see {@link OrgService}).
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final SurveyPlanRepository plans;
    private final PlanDocumentFileRepository documents;
    private final ServiceFieldRepository fields;
    private final TemplateService templates;
    private final OrgService org;
    private final CurrentUser currentUser;
    private final TaskInboxService inbox;
    private static final ApprovalStep APPROVAL = new ApprovalStep(SurveyPlanProcess.TASK_APPROVE,
            SurveyPlanProcess.APPROVED, "validation.plan.returnComment");

    private final TaskRecords<SurveyPlan> tasks;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final PlanSettings settings;
    private final AlertService alerts;

    PlanService(SurveyPlanRepository plans, PlanDocumentFileRepository documents, ServiceFieldRepository fields,
            TemplateService templates, OrgService org, CurrentUser currentUser, TaskInboxService inbox,
            TaskService taskService, RuntimeService runtimeService, Clock clock, PlanSettings settings,
            AlertService alerts) {
        this.alerts = alerts;
        this.settings = settings;
        this.plans = plans;
        this.documents = documents;
        this.fields = fields;
        this.templates = templates;
        this.org = org;
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.tasks = new TaskRecords<>(inbox, SurveyPlanProcess.KEY, SurveyPlanProcess.PLAN_ID, plans, this::loadVisible);
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    // ---- reading

    /** Whether any commune has a plan: the demo builds its history only into an empty database. */
    public boolean anyPlanExists() {
        return plans.count() > 0;
    }

    /** The plans within the user's reach (their commune; a reviewer's district; everything for an admin). */
    public List<PlanView> visiblePlans() {
        List<String> communes = org.visibleUnits().stream().map(OrgUnit::getCode).toList();
        return plans.findByCommuneCodeInOrderByYearDescCommuneCodeAsc(communes).stream().map(this::view).toList();
    }

    public PlanView plan(long planId) {
        return view(loadVisible(planId));
    }

    /** The plan a user task of process survey-plan works on, if the task is the user's to see. */
    public PlanView planOfTask(String taskId) {
        return view(tasks.of(taskId));
    }

    // ---- drafting (commune staff)

    /**
     * Creates the year's plan and starts its process; returns the drafting task's id. The plan starts
     * from the commune's issued plan of the year before (fields still surveyed, channels, questionnaire
     * if still in use, targets, calendar, wording; a new number and date), else from the default
     * wording. A request for that plan (process next-year-plan) ends with it.
     */
    @Transactional
    public String startDraft(int year) {
        requireRole(Role.COMMUNE_STAFF);
        OrgUnit commune = org.currentUnit();
        int thisYear = LocalDate.now(clock).getYear();
        if (year < thisYear - 1 || year > thisYear + 1) {
            throw new InvalidInputException(Map.of("year", "validation.plan.year"));
        }
        if (plans.findByCommuneCodeAndYear(commune.getCode(), year).isPresent()) {
            throw new InvalidInputException(Map.of("year", "validation.plan.exists"));
        }
        Optional<SurveyPlan> previous = issuedPlan(commune.getCode(), year - 1);
        PlanContent defaults = defaults(commune, year);
        SurveyPlan plan = plans.saveAndFlush(new SurveyPlan(commune.getCode(), year, currentUser.requireUsername(),
                previous.map(p -> fromPrevious(p.content(), defaults)).orElse(defaults)));
        plan.apply(plan.content(), new HashSet<>(previous
                .map(p -> p.getFields().stream().filter(ServiceField::isActive).toList())
                .orElseGet(fields::findByActiveTrueOrderByPositionAsc)));
        runtimeService.createMessageCorrelation(NextYearPlanProcess.MESSAGE_PLAN_STARTED)
                .processInstanceBusinessKey(NextYearPlanProcess.businessKey(year, commune.getCode())).correlateAll();
        var instance = runtimeService.startProcessInstanceByKey(SurveyPlanProcess.KEY,
                SurveyPlanProcess.businessKey(year, commune.getCode()),
                ProcessVariable.values(SurveyPlanProcess.PLAN_ID.is(plan.getId()),
                        ProcessVariables.COMMUNE_CODE.is(commune.getCode())));
        plan.setProcessInstanceId(instance.getId());
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.claim(task.getId(), currentUser.requireUsername());
        return task.getId();
    }

    @Transactional
    public PlanView saveDraft(String taskId, long version, PlanContent content) {
        SurveyPlan plan = tasks.at(taskId, SurveyPlanProcess.TASK_DRAFT, version);
        apply(plan, content);
        return view(plans.saveAndFlush(plan));
    }

    /** Saves the draft and hands it to the leader, in one transaction: invalid input leaves the task open. */
    @Transactional
    public void submit(String taskId, long version, PlanContent content) {
        SurveyPlan plan = tasks.at(taskId, SurveyPlanProcess.TASK_DRAFT, version);
        apply(plan, content);
        plan.setStatus(PlanStatus.SUBMITTED);
        tasks.complete(taskId, plan);
    }

    // ---- approval (commune leader)

    @Transactional
    public void approve(String taskId, long version) {
        tasks.approve(taskId, APPROVAL, version, plan -> plan.setReturnComment(null));
    }

    /** Sends the plan back to drafting; the comment is required and shown to the staff. */
    @Transactional
    public void returnToDraft(String taskId, long version, String comment) {
        tasks.sendBack(taskId, APPROVAL, version, comment, (plan, text) -> {
            plan.setStatus(PlanStatus.RETURNED);
            plan.setReturnComment(text);
        });
    }

    // ---- documents

    /** The issued document as stored, or for a plan not yet issued a preview made now. */
    public byte[] docx(long planId) {
        SurveyPlan plan = loadVisible(planId);
        return storedDocument(plan).map(PlanDocumentFile::getDocx).orElseGet(() -> PlanDocument.docx(document(plan)));
    }

    public byte[] pdf(long planId) {
        SurveyPlan plan = loadVisible(planId);
        return storedDocument(plan).map(PlanDocumentFile::getPdf).orElseGet(() -> PlanDocument.pdf(document(plan)));
    }

    public static String fileName(PlanView plan, String extension) {
        return "ke-hoach-khao-sat-" + plan.year() + "-" + plan.communeCode().toLowerCase() + "." + extension;
    }

    // ---- the engine's steps

    /** Task_IssuePlan: dates the plan if it has no date, freezes it and stores its document. */
    @Transactional
    public void issue(long planId) {
        SurveyPlan plan = plans.findById(planId).orElseThrow();
        plan.issue(clock.instant(), LocalDate.now(clock));
        plans.saveAndFlush(plan);
        PlanDocument.Content content = document(plan);
        documents.save(new PlanDocumentFile(planId, PlanDocument.docx(content), PlanDocument.pdf(content),
                clock.instant()));
    }

    // ---- inside

    private void apply(SurveyPlan plan, PlanContent content) {
        boolean templateActive = templates.activeTemplates().stream().anyMatch(t -> t.id() == content.templateId());
        Set<ServiceField> chosen = new HashSet<>(fields.findAllById(content.fieldIds()));
        PlanValidation.check(content, plan.getYear(), templateActive,
                chosen.size() == content.fieldIds().size() && chosen.stream().allMatch(ServiceField::isActive));
        PlanContent cleaned = new PlanContent(content.number().strip(), content.date(), content.placeName().strip(),
                content.legalBasis().strip(), content.purposes().strip(), content.requirements().strip(),
                content.templateId(), content.fieldIds(), content.channels(), content.coverageTarget(),
                content.cutOffDay(), content.reportedPeriods(), content.recipients().strip(),
                content.signerName().strip(), content.signerTitle());
        plan.apply(cleaned, chosen);
    }

    /** Last year's choices and wording, with this year's legal basis and no number or date yet. */
    private PlanContent fromPrevious(PlanContent previous, PlanContent defaults) {
        boolean templateInUse = templates.activeTemplates().stream().anyMatch(t -> t.id() == previous.templateId());
        return new PlanContent("", null, previous.placeName(), defaults.legalBasis(), previous.purposes(),
                previous.requirements(), templateInUse ? previous.templateId() : defaults.templateId(), Set.of(),
                previous.channels(), previous.coverageTarget(), previous.cutOffDay(), previous.reportedPeriods(),
                previous.recipients(), defaults.signerName().isEmpty() ? previous.signerName() : defaults.signerName(),
                previous.signerTitle());
    }

    // ---- next year's plan asked for in time (process next-year-plan)

    /** What the task "Lập kế hoạch khảo sát năm sau" shows: the year asked for and the plan it will start from. */
    public record NextYearRequest(int year, String communeName, Optional<PlanView> previous) {
    }

    public NextYearRequest nextYearRequestOfTask(String taskId) {
        int year = inbox.variableOfTask(taskId, NextYearPlanProcess.KEY, NextYearPlanProcess.TASK_PLAN, NextYearPlanProcess.PLAN_YEAR);
        OrgUnit commune = org.currentUnit();
        return new NextYearRequest(year, commune.getName(), issuedPlan(commune.getCode(), year - 1).map(this::view));
    }

    private Optional<SurveyPlan> issuedPlan(String communeCode, int year) {
        return plans.findByCommuneCodeAndYear(communeCode, year).filter(p -> p.getStatus() == PlanStatus.ISSUED);
    }

    /**
     * survey-campaign's Task_RequestNextYearPlan: asks the commune's staff for the plan of that year,
     * unless it exists or was asked for already.
     */
    @Transactional
    public void requestNextYearPlan(String communeCode, int year) {
        String businessKey = NextYearPlanProcess.businessKey(year, communeCode);
        if (plans.findByCommuneCodeAndYear(communeCode, year).isPresent()
                || runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0) {
            return;
        }
        runtimeService.createMessageCorrelation(NextYearPlanProcess.MESSAGE_REQUESTED).processInstanceBusinessKey(businessKey)
                .setVariables(ProcessVariable.values(ProcessVariables.COMMUNE_CODE.is(communeCode),
                        NextYearPlanProcess.PLAN_YEAR.is(year),
                        NextYearPlanProcess.DUE_AT.is(settings.escalateAt(year - 1).toInstant())))
                .correlateStartMessage();
    }

    /** next-year-plan's Task_RemindNextYearPlan: a week has passed and the plan is not drafted yet. */
    public void remindNextYearPlan(String communeCode, int year) {
        alerts.send(CandidateGroups.staff(communeCode), "alert.plan.nextYearReminder", null, String.valueOf(year));
    }

    /** next-year-plan's Task_EscalateNextYearPlan: the escalation day came without the plan. */
    public void escalateNextYearPlan(String communeCode, int year) {
        alerts.send(CandidateGroups.leader(communeCode), "alert.plan.nextYearOverdue", null, String.valueOf(year));
    }

    private PlanContent defaults(OrgUnit commune, int year) {
        long template = templates.activeTemplates().stream()
                .filter(t -> t.code().equals("TT4-3M")).findFirst()
                .or(() -> templates.activeTemplates().stream().findFirst())
                .map(TemplateSummary::id).orElseThrow(() -> new IllegalStateException("no active template"));
        String leader = org.usersOf(commune.getCode()).stream()
                .filter(u -> u.isActive() && u.getRoles().contains(Role.COMMUNE_LEADER))
                .map(AppUser::getFullName).findFirst().orElse("");
        String parentName = commune.getParent() == null ? "" : commune.getParent().getName();
        return new PlanContent("", null, PlanDefaults.placeName(commune.getName()),
                PlanDefaults.legalBasis(commune.getName(), year), PlanDefaults.purposes(), PlanDefaults.requirements(),
                template, Set.of(), Set.of(Channel.KIOSK), PlanDefaults.COVERAGE_TARGET,
                PublicationCalendar.DEFAULT_CUT_OFF_DAY, PlanDefaults.REPORTED_PERIODS, PlanDefaults.recipients(parentName),
                leader, SignerTitle.CHU_TICH);
    }

    private SurveyPlan loadVisible(long planId) {
        SurveyPlan plan = plans.findById(planId).orElseThrow(() -> new AccessDeniedException("no plan " + planId));
        org.requireReach(plan.getCommuneCode());
        return plan;
    }

    private void requireRole(Role role) {
        if (!currentUser.hasRole(role.name())) {
            throw new AccessDeniedException(role + " only");
        }
    }

    private Optional<PlanDocumentFile> storedDocument(SurveyPlan plan) {
        return plan.getStatus() == PlanStatus.ISSUED ? documents.findById(plan.getId()) : Optional.empty();
    }

    private PlanDocument.Content document(SurveyPlan plan) {
        PlanView view = view(plan);
        return new PlanDocument.Content(view, templates.template(plan.content().templateId()));
    }

    private PlanView view(SurveyPlan plan) {
        OrgUnit commune = org.lookupUnit(plan.getCommuneCode());
        TemplateSummary template = templates.templates().stream().filter(t -> t.id() == plan.content().templateId())
                .findFirst().orElseThrow();
        List<FieldView> chosen = plan.getFields().stream().sorted(Comparator.comparing(ServiceField::getPosition))
                .map(FieldView::of).toList();
        return new PlanView(plan.getId(), plan.getVersion(), plan.getCommuneCode(), commune.getName(),
                commune.getParent() == null ? "" : commune.getParent().getName(), plan.getYear(), plan.getStatus(),
                plan.getReturnComment(), plan.content(), template, chosen, plan.getIssuedAt());
    }
}
