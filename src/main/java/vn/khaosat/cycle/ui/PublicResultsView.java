package vn.khaosat.cycle.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.UnitNames;
import vn.khaosat.base.ui.Downloads;
import vn.khaosat.base.ui.LanguageSwitch;
import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.cycle.PublishedPeriod;

/**
 * Public: a commune's published results (/cong-khai/&lt;commune&gt;), newest first, as posted at the
 * one-stop, with the notice to download. Only frozen snapshots are read: nothing unpublished shows.
 */
@Route(value = "cong-khai", autoLayout = false)
@RouteAlias(value = "ket-qua", autoLayout = false)
@AnonymousAllowed
public class PublicResultsView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final PublicationService publications;
    private final UnitNames units;

    final H1 title = new H1();
    final Select<PublishedPeriod> period = new Select<>();
    final Div shown = new Div();
    Anchor notice;
    PeriodFigures figures;
    private String communeCode;
    private List<PublishedPeriod> published = List.of();

    public PublicResultsView(PublicationService publications, UnitNames units) {
        this.publications = publications;
        this.units = units;
        getStyle().set("max-width", "75rem").set("margin", "0 auto");
        shown.setWidthFull();
        period.setLabel(getTranslation("results.period"));
        period.setWidth("24rem");
        period.setItemLabelGenerator(p -> p.periodName() + " (" + AppTime.DATE.format(p.publicationDate()) + ")");
        period.addValueChangeListener(e -> show(e.getValue()));
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        communeCode = code.toUpperCase(Locale.ROOT);
        title.setText(getTranslation("results.title") + " – " + units.nameOf(communeCode));
        add(new LanguageSwitch(), title);
        published = publications.published(communeCode);
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("results.none")));
            return;
        }
        period.setItems(published);
        add(period, shown);
        period.setValue(published.get(0));
    }

    private void show(PublishedPeriod chosen) {
        shown.removeAll();
        if (chosen == null) {
            return;
        }
        PeriodResults results = chosen.results();
        Optional<PeriodResults> previous = publications.previous(results);
        String fileName = "thong-bao-" + communeCode.toLowerCase(Locale.ROOT) + "-" + chosen.publicationDate() + ".pdf";
        notice = Downloads.link(getTranslation("results.notice"), fileName, Downloads.PDF,
                () -> publications.notice(communeCode, chosen.publicationDate()).orElseThrow());
        figures = new PeriodFigures(chosen.periodName() + (chosen.late() ? " " + getTranslation("results.late") : ""),
                results, previous, publications.monthlyTrend(communeCode));
        // the same figures as open data, for Excel (UTF-8 with BOM) and the province's systems
        Anchor data = new Anchor("api/v1/results.csv?commune=" + communeCode + "&period=" + chosen.periodCode(),
                getTranslation("results.openData"));
        data.getElement().setAttribute("download", "ket-qua-" + communeCode.toLowerCase(Locale.ROOT) + "-"
                + chosen.periodCode() + ".csv");
        shown.add(new Paragraph(getTranslation("results.publishedOn", AppTime.DATE.format(chosen.publicationDate()))),
                new HorizontalLayout(notice, data), figures);
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }
}
