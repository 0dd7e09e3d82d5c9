package vn.khaosat.plan.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import vn.khaosat.base.AppTime;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.Publication;
import vn.khaosat.plan.PublicationCalendar;

/** The year's publication calendar as a table: date, what it publishes, the data window, when work opens. */
class CalendarPreview extends Grid<Publication> {

    CalendarPreview() {
        super(Publication.class, false);
        addColumn(p -> AppTime.DATE.format(p.date())).setHeader(getTranslation("calendar.date")).setAutoWidth(true);
        addColumn(p -> p.periods().stream().map(this::periodName).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("calendar.periods")).setFlexGrow(2);
        addColumn(p -> AppTime.DATE.format(p.periods().get(0).from()) + " – " + AppTime.DATE.format(p.periods().get(0).to()))
                .setHeader(getTranslation("calendar.window")).setAutoWidth(true);
        addColumn(p -> AppTime.DATE_TIME.format(p.workOpensAt())).setHeader(getTranslation("calendar.workOpens"))
                .setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
    }

    void show(int year, Integer cutOffDay) {
        setItems(cutOffDay != null && PublicationCalendar.isValidCutOffDay(cutOffDay)
                ? PublicationCalendar.of(year, cutOffDay) : List.of());
    }

    void show(List<Publication> publications) {
        setItems(publications);
    }

    private String periodName(Period period) {
        return getLocale().getLanguage().equals("en") ? period.nameEn() : period.nameVi();
    }
}
