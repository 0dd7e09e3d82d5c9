package vn.khaosat.report.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.TaskScreen;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.ui.NarrativeFields;
import vn.khaosat.report.ReportService;
import vn.khaosat.report.ReportView;

/** What the report's task screens share: the title, the return comment, the document and history. */
abstract class ReportTaskView extends TaskScreen {

    protected final ReportService reports;
    protected ReportView report;
    NarrativeFields narrative;
    ReportPanel panel;

    ReportTaskView(TaskInboxService inbox, ReportService reports, String titleKey) {
        super(inbox, titleKey);
        this.reports = reports;
    }

    @Override
    protected void showTask(InboxTask task) {
        report = reports.reportOfTask(task.id());
        headingAbout(report.periodName() + " – " + report.communeName());
        add(title);
        Paragraph due = new Paragraph(getTranslation("report.due", AppTime.DATE.format(report.dueOn()))
                + (report.late() ? " " + getTranslation("report.late") : ""));
        add(due);
        if (report.lastReturnComment() != null) {
            Paragraph returned = new Paragraph(getTranslation("report.returnedWith", report.lastReturnComment()));
            returned.addClassNames(LumoUtility.TextColor.ERROR);
            add(returned);
        }
        showActions();
        panel = new ReportPanel(reports, report);
        add(panel);
    }

    /** The narrative fields, filled with what is saved. */
    protected void addNarrative() {
        narrative = new NarrativeFields(report.narrative(), errors);
        add(narrative);
    }

    protected Narrative narrative() {
        return narrative.read();
    }

    protected abstract void showActions();
}
