package vn.khaosat.cycle.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.TaskScreen;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.CycleView;
import vn.khaosat.cycle.PeriodResults;

/** What the cycle's task screens share: the publication, and the figures of each period it publishes. */
abstract class CycleTaskView extends TaskScreen implements HasDynamicTitle {

    protected final CycleService cycles;
    protected final FormErrors errors = new FormErrors();
    protected CycleView cycle;
    final H2 title = new H2();

    CycleTaskView(TaskInboxService inbox, CycleService cycles) {
        super(inbox);
        this.cycles = cycles;
    }

    @Override
    protected void showTask(InboxTask task) {
        cycle = cycles.cycleOfTask(task.id());
        title.setText(getTranslation(titleKey()) + " " + AppTime.DATE.format(cycle.publicationDate()) + " – "
                + task.communeName());
        add(title);
        if (cycle.returnComment() != null) {
            Paragraph returned = new Paragraph(getTranslation("plan.returnedWith") + " " + cycle.returnComment());
            returned.addClassNames(LumoUtility.TextColor.ERROR);
            add(returned);
        }
        for (PeriodResults results : cycle.results()) {
            ResultsTable table = new ResultsTable();
            table.show(results);
            add(new H3(getTranslation("cycle.periodFigures", results.periodCode(),
                    AppTime.DATE.format(results.from()), AppTime.DATE.format(results.to()), results.responses(),
                    ResultsTable.percent(results.overallRate()))), table);
        }
        showActions();
    }

    protected abstract String titleKey();

    protected abstract void showActions();


    @Override
    public String getPageTitle() {
        return getTranslation(titleKey()) + " – " + getTranslation("app.title");
    }
}
