package vn.khaosat.cycle.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.TaskScreen;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.CycleView;
import vn.khaosat.cycle.PeriodResults;

/** What the cycle's task screens share: the publication, and the figures of each period it publishes. */
abstract class CycleTaskView extends TaskScreen {

    protected final CycleService cycles;
    protected CycleView cycle;
    final List<PeriodFigures> figures = new ArrayList<>();

    CycleTaskView(TaskInboxService inbox, CycleService cycles, String titleKey) {
        super(inbox, titleKey);
        this.cycles = cycles;
    }

    @Override
    protected void showTask(InboxTask task) {
        cycle = cycles.cycleOfTask(task.id());
        headingAbout(AppTime.DATE.format(cycle.publicationDate()) + " – " + task.communeName());
        add(title);
        if (cycle.returnComment() != null) {
            Paragraph returned = new Paragraph(getTranslation("plan.returnedWith") + " " + cycle.returnComment());
            returned.addClassNames(LumoUtility.TextColor.ERROR);
            add(returned);
        }
        if (cycle.coverageReason() != null) {
            add(new Paragraph(getTranslation("cycle.coverageReasonGiven", cycle.coverageReason())));
        }
        Map<String, Double> trend = new LinkedHashMap<>(cycles.monthlyTrend(cycle.communeCode()));
        figures.clear();
        for (PeriodResults results : cycle.results()) {
            if (results.periodCode().length() == 7) {
                trend.put(results.periodCode(), results.overallRate());
            }
            PeriodFigures period = new PeriodFigures(getTranslation("cycle.periodHeading",
                    results.periodName() == null ? results.periodCode() : results.periodName()),
                    results, cycles.previous(results), trend);
            figures.add(period);
            add(period);
        }
        showActions();
    }

    protected abstract void showActions();
}
