package vn.khaosat.base.audit.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.ui.Dates;
import vn.khaosat.base.audit.AuditEntry;
import vn.khaosat.base.audit.AuditFilter;
import vn.khaosat.base.audit.AuditService;
import vn.khaosat.base.ui.PageTitle;

/** The audit log, read-only: administrators see every change, a commune leader their commune's. */
@Route("audit")
@Menu(title = "menu.audit", order = 95, icon = "vaadin:clipboard-check")
@RolesAllowed({"ADMIN", "COMMUNE_LEADER"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> ENTITIES = List.of("SurveyPlan", "Campaign", "PeriodCycle", "PeriodReport", "DossierCount",
            "SurveyResponse", "Kiosk", "FeedbackItem", "Task", "CommuneOfficer", "PeriodPublication", "AppUser", "OrgUnit", "ServiceField",
            "SurveyTemplate", "OutboxMessage", "NotificationSetting");

    private final AuditService audit;
    final Select<String> entity = new Select<>();
    final TextField doneBy = new TextField();
    final DatePicker from;
    final DatePicker to;
    final Span total = new Span();
    final Grid<AuditEntry> grid = new Grid<>();

    public AuditView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        entity.setLabel(getTranslation("audit.entity"));
        entity.setEmptySelectionAllowed(true);
        entity.setEmptySelectionCaption(getTranslation("district.allStatuses"));
        entity.setItems(ENTITIES);
        entity.setItemLabelGenerator(e -> e == null ? getTranslation("district.allStatuses")
                : getTranslation("audit.entity." + e));
        entity.addValueChangeListener(e -> refresh());
        doneBy.setLabel(getTranslation("report.by"));
        doneBy.setClearButtonVisible(true);
        doneBy.setValueChangeMode(ValueChangeMode.LAZY);
        doneBy.addValueChangeListener(e -> refresh());
        from = Dates.picker(this, getTranslation("audit.from"));
        to = Dates.picker(this, getTranslation("audit.to"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        grid.setPageSize(100);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> AppTime.DATE_TIME.format(a.doneAt().atZone(AppTime.ZONE))).setHeader(getTranslation("report.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::doneBy).setHeader(getTranslation("report.by")).setAutoWidth(true);
        grid.addColumn(a -> a.unitCode() == null ? "" : a.unitCode()).setHeader(getTranslation("district.unit"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("audit.entity." + a.entity()) + " #" + a.entityId())
                .setHeader(getTranslation("audit.entity")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("audit.action." + a.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        // one "field: value" per line; Lit binds the text as text, never as HTML
        grid.addColumn(LitRenderer.<AuditEntry>of("<span style=\"white-space:pre-line\">${item.text}</span>")
                .withProperty("text", a -> a.before() == null ? "" : a.before()))
                .setHeader(getTranslation("audit.before")).setFlexGrow(2);
        grid.addColumn(LitRenderer.<AuditEntry>of("<span style=\"white-space:pre-line\">${item.text}</span>")
                .withProperty("text", a -> a.after() == null ? "" : a.after()))
                .setHeader(getTranslation("audit.after")).setFlexGrow(2);
        HorizontalLayout filters = new HorizontalLayout(entity, doneBy, from, to, total);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("menu.audit")), new Paragraph(getTranslation("audit.help")), filters, grid);
        refresh();
    }

    AuditFilter filter() {
        return new AuditFilter(null, entity.getValue(), doneBy.getValue(), from.getValue(), to.getValue());
    }

    /** The grid reads the log a page at a time as it scrolls, however long the log is. */
    void refresh() {
        AuditFilter filter = filter();
        long count = audit.count(filter);
        total.setText(getTranslation("audit.total", count));
        grid.setItems(query -> audit.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.audit");
    }
}
