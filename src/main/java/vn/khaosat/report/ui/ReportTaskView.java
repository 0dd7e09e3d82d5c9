package vn.khaosat.report.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.TaskScreen;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.report.ReportService;
import vn.khaosat.report.ReportView;

/** What the report's task screens share: the title, the return comment, the document and history. */
abstract class ReportTaskView extends TaskScreen implements HasDynamicTitle {

    protected final ReportService reports;
    protected final FormErrors errors = new FormErrors();
    protected ReportView report;
    final H2 title = new H2();
    final TextArea strengths = new TextArea();
    final TextArea difficulties = new TextArea();
    final TextArea nextTasks = new TextArea();
    ReportPanel panel;

    ReportTaskView(TaskInboxService inbox, ReportService reports) {
        super(inbox);
        this.reports = reports;
    }

    @Override
    protected void showTask(InboxTask task) {
        report = reports.reportOfTask(task.id());
        title.setText(getTranslation(titleKey()) + " " + report.periodName() + " – " + report.communeName());
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
        strengths.setLabel(getTranslation("cycle.strengths"));
        difficulties.setLabel(getTranslation("cycle.difficulties"));
        nextTasks.setLabel(getTranslation("cycle.nextTasks"));
        for (TextArea area : new TextArea[] {strengths, difficulties, nextTasks}) {
            area.setWidthFull();
            area.setMaxLength(10_000);
            area.setMinRows(3);
        }
        Narrative n = report.narrative();
        strengths.setValue(n.strengths() == null ? "" : n.strengths());
        difficulties.setValue(n.difficulties() == null ? "" : n.difficulties());
        nextTasks.setValue(n.nextTasks() == null ? "" : n.nextTasks());
        strengths.setRequiredIndicatorVisible(true);
        errors.field("strengths", strengths).field("narrative", nextTasks);
        add(strengths, difficulties, nextTasks);
    }

    protected Narrative narrative() {
        return new Narrative(strengths.getValue(), difficulties.getValue(), nextTasks.getValue());
    }

    protected abstract String titleKey();

    protected abstract void showActions();

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey()) + " – " + getTranslation("app.title");
    }
}
