package vn.khaosat.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.DbTime;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.ProcessVariable;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.base.WorkingDays;
import vn.khaosat.base.document.AdminDocument;
import vn.khaosat.base.alerts.AlertService;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ApprovalStep;
import vn.khaosat.base.tasks.TaskRecords;
import vn.khaosat.base.audit.AuditService;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.cycle.PublishedPeriod;
import vn.khaosat.cycle.ReportDue;
import vn.khaosat.plan.CampaignCancelled;
import vn.khaosat.org.CandidateGroups;
import vn.khaosat.org.OrgService;
import vn.khaosat.org.OrgUnit;
import vn.khaosat.plan.CampaignService;

/**
 * The report of a reported period (process district-report): staff prepare it (the narrative of the
 * period's review, editable), the leader signs and sends it, a reviewer of the parent unit approves
 * or returns it with a comment, staff revise and the leader sends again. Each sent version and each
 * step is kept.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    /** Deadlines fall at the end of the working day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private final PeriodReportRepository reports;
    private final PublicationService publications;
    private final CycleService cycles;
    private final CampaignService campaigns;
    private final OrgService org;
    private static final ApprovalStep REVIEW = new ApprovalStep(ReportProcess.TASK_REVIEW, ReportProcess.APPROVED,
            "validation.report.returnComment");

    private final TaskRecords<PeriodReport> tasks;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final AlertService alerts;
    private final JdbcTemplate jdbc;
    private final ReportSettings settings;
    private final Clock clock;
    private final AuditService audit;

    ReportService(PeriodReportRepository reports, PublicationService publications, CycleService cycles,
            CampaignService campaigns, OrgService org, TaskInboxService inbox, CurrentUser currentUser,
            RuntimeService runtime, AlertService alerts, JdbcTemplate jdbc, ReportSettings settings, Clock clock,
            AuditService audit) {
        this.audit = audit;
        this.reports = reports;
        this.publications = publications;
        this.cycles = cycles;
        this.campaigns = campaigns;
        this.org = org;
        this.tasks = new TaskRecords<>(inbox, ReportProcess.KEY, ReportProcess.REPORT_ID, reports, this::loadInUnit);
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.alerts = alerts;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How many reports exist, in every commune: a total for the demo's log, no tenant's data. */
    public long reportCount() {
        return reports.count();
    }

    /** A reported period was published: its report starts, due a few days after the 28th. */
    @EventListener
    @Transactional
    public void start(ReportDue due) {
        if (reports.findByCampaignIdAndPeriodCode(due.campaignId(), due.periodCode()).isPresent()) {
            return;
        }
        OrgUnit parent = org.lookupUnit(due.communeCode()).getParent();
        if (parent == null) {
            LOG.warn("commune {} has no parent unit: no report for {}", due.communeCode(), due.periodCode());
            return;
        }
        PublishedPeriod published = publications.published(due.communeCode(), due.periodCode()).orElseThrow();
        LocalDate dueOn = published.publicationDate().plusDays(settings.dueDaysAfterPublication());
        PeriodReport report = reports.saveAndFlush(new PeriodReport(due.campaignId(), due.cycleId(), due.communeCode(),
                parent.getCode(), due.year(), due.periodCode(), cycles.narrativeOfCycle(due.cycleId()), dueOn));
        event(report, "STARTED", null, null);
        ZonedDateTime dueAt = dueOn.atTime(END_OF_DAY).atZone(AppTime.ZONE);
        var instance = runtime.startProcessInstanceByKey(ReportProcess.KEY,
                "report-" + due.periodCode() + "-" + due.communeCode(),
                ProcessVariable.values(ReportProcess.REPORT_ID.is(report.getId()),
                        ProcessVariables.COMMUNE_CODE.is(due.communeCode()),
                        ReportProcess.REVIEWER_GROUP.is(CandidateGroups.reviewer(parent.getType(), parent.getCode())),
                        ReportProcess.DUE_AT.is(dueAt.toInstant()),
                        ReportProcess.REMIND_AT.is(dueAt.minusDays(1).toInstant())));
        report.setProcessInstanceId(instance.getId());
    }

    /**
     * A cancelled campaign sends no more reports: its open reports end, process and status alike, so
     * that the screens, the parent unit's dashboard and the engine agree; approved ones stay approved.
     */
    @EventListener
    @Transactional
    public void stop(CampaignCancelled cancelled) {
        for (PeriodReport report : reports.findByCampaignId(cancelled.campaignId())) {
            if (report.getStatus() == ReportStatus.APPROVED || report.getStatus() == ReportStatus.CANCELLED) {
                continue;
            }
            if (report.getProcessInstanceId() != null && runtime.createProcessInstanceQuery()
                    .processInstanceId(report.getProcessInstanceId()).count() > 0) {
                runtime.deleteProcessInstance(report.getProcessInstanceId(), "campaign cancelled: " + cancelled.reason());
            }
            report.cancelled();
            reports.saveAndFlush(report);
            event(report, "CANCELLED", null, cancelled.reason());
        }
    }

    public ReportView reportOfTask(String taskId) {
        return view(tasks.of(taskId));
    }

    /** A report the user may read: its commune's staff and leader, and the parent unit's reviewers. */
    public ReportView report(long reportId) {
        PeriodReport report = reports.findById(reportId).orElseThrow(() -> new AccessDeniedException("no report"));
        org.requireReach(report.getCommuneCode());
        return view(report);
    }

    /** Task_PrepareReport: the staff checked the document; the narrative goes to the leader to sign. */
    @Transactional
    public void prepare(String taskId, long version, Narrative narrative) {
        narrative.requireValid();
        PeriodReport report = tasks.at(taskId, ReportProcess.TASK_PREPARE, version);
        report.prepared(narrative);
        event(report, "PREPARED", currentUser.requireUsername(), null);
        tasks.complete(taskId, report);
    }

    /** Task_SignAndSubmit: the leader signs; the version sent is kept. */
    @Transactional
    public void signAndSubmit(String taskId, long version) {
        PeriodReport report = tasks.at(taskId, ReportProcess.TASK_SIGN, version);
        Integer last = jdbc.queryForObject("SELECT MAX(number) FROM report_version WHERE report_id = ?", Integer.class,
                report.getId());
        Narrative n = report.narrative();
        jdbc.update("INSERT INTO report_version (report_id, number, strengths, difficulties, next_tasks, signed_by, "
                + "signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", report.getId(), last == null ? 1 : last + 1, n.strengths(),
                n.difficulties(), n.nextTasks(), currentUser.requireUsername(), DbTime.utc(clock.instant()));
        event(report, "SIGNED", currentUser.requireUsername(), null);
        tasks.completeAfterOwnWrites(taskId);
    }

    /** Task_ReviewReport: the parent unit accepts the report. */
    @Transactional
    public void approve(String taskId, long version) {
        tasks.approve(taskId, REVIEW, version, report -> {
            report.approved(currentUser.requireUsername(), clock.instant());
            event(report, "APPROVED", currentUser.requireUsername(), null);
        });
    }

    /** Task_ReviewReport: the parent unit returns the report; the comment is required. */
    @Transactional
    public void returnReport(String taskId, long version, String comment) {
        PeriodReport report = tasks.sendBack(taskId, REVIEW, version, comment, (returned, text) -> {
            returned.returned(currentUser.requireUsername(), clock.instant());
            event(returned, "RETURNED", currentUser.requireUsername(), text);
        });
        alerts.send(CandidateGroups.leader(report.getCommuneCode()), "alert.report.returned", null, periodName(report));
        alerts.send(CandidateGroups.staff(report.getCommuneCode()), "alert.report.returned", null, periodName(report));
    }

    /** Task_ReviseReport: staff answer the comment; the leader signs again. */
    @Transactional
    public void revise(String taskId, long version, Narrative narrative) {
        narrative.requireValid();
        PeriodReport report = tasks.at(taskId, ReportProcess.TASK_REVISE, version);
        report.revised(narrative);
        event(report, "REVISED", currentUser.requireUsername(), null);
        tasks.complete(taskId, report);
    }

    // ---- documents (a reader of the report may download them)

    /** The document as it stands (the narrative as last saved), for the screens' preview. */
    public AdminDocument document(long reportId) {
        return ReportDocument.build(content(readable(reportId), null));
    }

    public byte[] docx(long reportId) {
        return ReportDocument.docx(content(readable(reportId), null));
    }

    public byte[] pdf(long reportId) {
        return ReportDocument.pdf(content(readable(reportId), null));
    }

    /** The document as a sent version said it (the figures are frozen, so only the narrative differs). */
    public byte[] pdf(long reportId, int versionNumber) {
        PeriodReport report = readable(reportId);
        Narrative narrative = jdbc.query("SELECT * FROM report_version WHERE report_id = ? AND number = ?",
                (rs, row) -> new Narrative(rs.getString("strengths"), rs.getString("difficulties"),
                        rs.getString("next_tasks")), reportId, versionNumber).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("no version " + versionNumber));
        return ReportDocument.pdf(content(report, narrative));
    }

    public byte[] xlsx(long reportId) {
        return ReportSpreadsheet.results(content(readable(reportId), null));
    }

    // ---- the engine's steps

    /** Task_SendReport: the report reaches the parent unit; returns when its review is due. */
    @Transactional
    public ReviewDue sent(long reportId) {
        PeriodReport report = reports.findById(reportId).orElseThrow();
        Instant now = clock.instant();
        LocalDate reviewDue = WorkingDays.plus(now.atZone(AppTime.ZONE).toLocalDate(), settings.reviewWorkingDays());
        report.sent(now, reviewDue);
        reports.saveAndFlush(report);
        event(report, report.isLate() ? "SENT_LATE" : "SENT", null, null);
        ZonedDateTime dueAt = reviewDue.atTime(END_OF_DAY).atZone(AppTime.ZONE);
        LocalDate remindDay = settings.reviewWorkingDays() > 1
                ? WorkingDays.plus(now.atZone(AppTime.ZONE).toLocalDate(), settings.reviewWorkingDays() - 1) : reviewDue;
        return new ReviewDue(dueAt.toInstant(), remindDay.atTime(LocalTime.of(8, 0)).atZone(AppTime.ZONE).toInstant());
    }

    /** When the parent unit's review of a sent report is due, and when its reviewers are reminded. */
    public record ReviewDue(Instant dueAt, Instant remindAt) {
    }

    /** Task_RecordApproval: the commune learns its report was accepted. */
    @Transactional
    public void approvalRecorded(long reportId) {
        PeriodReport report = reports.findById(reportId).orElseThrow();
        alerts.send(CandidateGroups.leader(report.getCommuneCode()), "alert.report.approved", null,
                periodName(report));
        alerts.send(CandidateGroups.staff(report.getCommuneCode()), "alert.report.approved", null, periodName(report));
    }

    @Transactional
    public void remindPreparer(long reportId) {
        PeriodReport report = reports.findById(reportId).orElseThrow();
        event(report, "REMINDED", null, null);
        alerts.send(CandidateGroups.staff(report.getCommuneCode()), "alert.report.dueSoon", null, periodName(report),
                AppTime.DATE.format(report.getDueOn()));
    }

    @Transactional
    public void escalateSubmission(long reportId) {
        PeriodReport report = reports.findById(reportId).orElseThrow();
        event(report, "OVERDUE", null, null);
        alerts.send(CandidateGroups.leader(report.getCommuneCode()), "alert.report.overdue", null, periodName(report),
                AppTime.DATE.format(report.getDueOn()));
    }

    @Transactional
    public void remindReviewer(long reportId) {
        PeriodReport report = reports.findById(reportId).orElseThrow();
        alerts.send(reviewerGroup(report), "alert.report.reviewDueSoon", null, org.nameOf(report.getCommuneCode()),
                periodName(report), AppTime.DATE.format(report.getReviewDueOn()));
    }

    @Transactional
    public void escalateReview(long reportId) {
        PeriodReport report = reports.findById(reportId).orElseThrow();
        event(report, "REVIEW_OVERDUE", null, null);
        alerts.send(reviewerGroup(report), "alert.report.reviewOverdue", null, org.nameOf(report.getCommuneCode()),
                periodName(report), AppTime.DATE.format(report.getReviewDueOn()));
    }

    // ---- inside

    private String reviewerGroup(PeriodReport report) {
        OrgUnit parent = org.lookupUnit(report.getParentCode());
        return CandidateGroups.reviewer(parent.getType(), parent.getCode());
    }

    private String periodName(PeriodReport report) {
        return publications.published(report.getCommuneCode(), report.getPeriodCode())
                .map(PublishedPeriod::periodName).orElse(report.getPeriodCode());
    }

    private void event(PeriodReport report, String action, String by, String comment) {
        jdbc.update("INSERT INTO report_event (report_id, action, done_by, done_at, comment) VALUES (?, ?, ?, ?, ?)",
                report.getId(), action, by, DbTime.utc(clock.instant()), comment);
        // the report's history is also the audit log's: signing, reminders and escalations change no column
        audit.record(report.getCommuneCode(), "PeriodReport", report.getId(), action, null, comment);
    }

    private PeriodReport readable(long reportId) {
        PeriodReport report = reports.findById(reportId).orElseThrow(() -> new AccessDeniedException("no report"));
        org.requireReach(report.getCommuneCode());
        return report;
    }

    ReportDocument.Content content(PeriodReport report, Narrative narrative) {
        PublishedPeriod published = publications.published(report.getCommuneCode(), report.getPeriodCode()).orElseThrow();
        return new ReportDocument.Content(org.nameOf(report.getCommuneCode()), org.nameOf(report.getParentCode()),
                campaigns.planOfCampaign(report.getCampaignId()), published,
                narrative == null ? report.narrative() : narrative,
                report.getSubmittedAt() == null ? null : report.getSubmittedAt().atZone(AppTime.ZONE).toLocalDate());
    }

    private ReportView view(PeriodReport report) {
        List<ReportView.Version> versions = jdbc.query("SELECT * FROM report_version WHERE report_id = ? ORDER BY number",
                (rs, row) -> new ReportView.Version(rs.getInt("number"), rs.getString("signed_by"),
                        DbTime.instant(rs, "signed_at"), new Narrative(rs.getString("strengths"),
                                rs.getString("difficulties"), rs.getString("next_tasks"))), report.getId());
        List<ReportView.Event> history = jdbc.query("SELECT * FROM report_event WHERE report_id = ? ORDER BY done_at, id",
                (rs, row) -> new ReportView.Event(rs.getString("action"), rs.getString("done_by"),
                        DbTime.instant(rs, "done_at"), rs.getString("comment")), report.getId());
        String lastReturn = history.stream().filter(e -> e.action().equals("RETURNED")).reduce((a, b) -> b)
                .map(ReportView.Event::comment).orElse(null);
        PublishedPeriod published = publications.published(report.getCommuneCode(), report.getPeriodCode()).orElseThrow();
        return new ReportView(report.getId(), report.getVersion(), report.getCommuneCode(),
                org.nameOf(report.getCommuneCode()), org.nameOf(report.getParentCode()), report.getPeriodCode(),
                published.periodName(), report.getStatus(), report.narrative(), report.getDueOn(), report.isLate(),
                report.getSubmittedAt(), report.getStatus() == ReportStatus.RETURNED ? lastReturn : null, published,
                versions, history);
    }

    private PeriodReport loadInUnit(long id) {
        PeriodReport report = reports.findById(id).orElseThrow();
        org.requireReach(report.getCommuneCode());
        return report;
    }
}
