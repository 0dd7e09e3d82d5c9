package vn.khaosat.cycle.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.UnitNames;
import vn.khaosat.base.ui.LanguageSwitch;
import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.cycle.PublishedPeriod;

/** Public: a commune's published results (/ket-qua/&lt;commune&gt;), as posted at the one-stop. */
@Route(value = "ket-qua", autoLayout = false)
@AnonymousAllowed
public class PublicResultsView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final PublicationService publications;
    private final UnitNames units;

    final H1 title = new H1();
    final Select<PublishedPeriod> period = new Select<>();
    final Paragraph summary = new Paragraph();
    final ResultsTable table = new ResultsTable();

    public PublicResultsView(PublicationService publications, UnitNames units) {
        this.publications = publications;
        this.units = units;
        getStyle().set("max-width", "75rem").set("margin", "0 auto");
        period.setLabel(getTranslation("results.period"));
        period.setItemLabelGenerator(p -> p.periodName() + " (" + AppTime.DATE.format(p.publicationDate()) + ")");
        period.addValueChangeListener(e -> show(e.getValue()));
    }

    @Override
    public void setParameter(BeforeEvent event, String communeCode) {
        removeAll();
        String code = communeCode.toUpperCase(Locale.ROOT);
        title.setText(getTranslation("results.title") + " – " + units.nameOf(code));
        add(new LanguageSwitch(), title);
        List<PublishedPeriod> published = publications.published(code);
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("results.none")));
            return;
        }
        period.setItems(published);
        add(period, summary, table);
        period.setValue(published.get(0));
    }

    private void show(PublishedPeriod published) {
        if (published == null) {
            return;
        }
        PeriodResults results = published.results();
        summary.setText(getTranslation("results.summary", results.responses(), ResultsTable.percent(results.overallRate()),
                AppTime.DATE.format(results.from()), AppTime.DATE.format(results.to()))
                + (published.late() ? " " + getTranslation("results.late") : ""));
        table.show(results);
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }

}
