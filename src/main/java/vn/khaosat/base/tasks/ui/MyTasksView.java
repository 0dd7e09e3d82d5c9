package vn.khaosat.base.tasks.ui;

import java.time.ZonedDateTime;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.alerts.Alert;
import vn.khaosat.base.alerts.AlertService;
import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.tasks.InboxFilter;
import vn.khaosat.base.tasks.InboxSort;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.TaskNotAvailableException;
import vn.khaosat.base.ui.PageTitle;

/** "Việc của tôi": the user's own and group tasks; opening one goes to the screen its form key names. */
@Route("")
@Menu(title = "menu.tasks", order = 0, icon = "vaadin:tasks")
@PermitAll
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    private final TaskInboxService inbox;
    private final AlertService alertService;
    private final String username;

    /** Reminders and escalations for the user's groups, above the tasks. */
    final VerticalLayout alerts = new VerticalLayout();

    final RadioButtonGroup<InboxFilter> filter = new RadioButtonGroup<>();
    final Grid<InboxTask> grid = new Grid<>(InboxTask.class, false);
    final Span empty = new Span();
    /** The row whose cell has the keyboard focus (null: none, or a header cell). */
    InboxTask focusedTask;
    /** Shown when the tasks come from more than one commune (a district's reviewer), not to a commune's own staff. */
    final Grid.Column<InboxTask> communeColumn;
    static final int PAGE_SIZE = 50;
    static final String ENTER_ON_ROW = "event.key === 'Enter' && event.target === element";

    public MyTasksView(TaskInboxService inbox, CurrentUser currentUser, AlertService alertService) {
        this.inbox = inbox;
        this.alertService = alertService;
        this.username = currentUser.requireUsername();
        setSizeFull();

        filter.setItems(InboxFilter.values());
        filter.setItemLabelGenerator(f -> getTranslation("tasks.filter." + f.name().toLowerCase()));
        filter.setValue(InboxFilter.ALL);
        filter.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        filter.setAriaLabel(getTranslation("tasks.filter.label"));
        filter.addValueChangeListener(e -> refresh());

        // the database sorts and pages: a column sorts by a property the inbox service knows
        var nameColumn = grid.addColumn(InboxTask::name).setHeader(getTranslation("tasks.column.name"))
                .setFlexGrow(2).setSortProperty(InboxSort.NAME.name());
        // at 1366 px with the menu open every column fits, the buttons included: the long texts wrap
        grid.addColumn(InboxTask::processName).setHeader(getTranslation("tasks.column.process"))
                .setFlexGrow(1).setWidth("7rem");
        communeColumn = grid.addColumn(InboxTask::communeName).setHeader(getTranslation("tasks.column.commune"))
                .setFlexGrow(1).setWidth("8rem");
        grid.addColumn(t -> format(t.created())).setHeader(getTranslation("tasks.column.created")).setWidth("8rem")
                .setFlexGrow(0).setSortProperty(InboxSort.CREATED.name());
        // the due date and the buttons are Lit templates, not components: a page of 50 rows built ~250
        // server-side components, a third of the inbox's opening under load (B8)
        String overdue = getTranslation("tasks.overdue");
        var dueColumn = grid.addColumn(LitRenderer.<InboxTask>of("<span>${item.due}</span><span theme=\"${item.badge}\" "
                        + "style=\"margin-inline-start: var(--lumo-space-s)\">${item.overdue}</span>")
                .withProperty("due", t -> format(t.due()))
                .withProperty("badge", t -> t.overdue() ? "badge error small" : "")
                .withProperty("overdue", t -> t.overdue() ? overdue : ""))
                .setHeader(getTranslation("tasks.column.due")).setKey("due").setAutoWidth(true)
                .setSortProperty(InboxSort.DUE.name());
        grid.addColumn(t -> t.assignee() == null ? getTranslation("tasks.unassigned") : t.assignee())
                .setHeader(getTranslation("tasks.column.assignee")).setFlexGrow(1).setWidth("8rem");
        String claim = getTranslation("tasks.action.claim");
        String giveBack = getTranslation("tasks.action.unclaim");
        String openLabel = getTranslation("tasks.action.open");
        grid.addColumn(LitRenderer.<InboxTask>of("<vaadin-horizontal-layout theme=\"spacing\">"
                        + "<vaadin-button theme=\"small\" @click=\"${claimOrGiveBack}\">${item.claimLabel}</vaadin-button>"
                        + "<vaadin-button theme=\"primary small\" @click=\"${open}\">${item.openLabel}</vaadin-button>"
                        + "</vaadin-horizontal-layout>")
                .withProperty("claimLabel", t -> t.isAssignedTo(username) ? giveBack : claim)
                .withProperty("openLabel", t -> openLabel)
                .withFunction("claimOrGiveBack", this::claimOrGiveBack)
                .withFunction("open", this::open))
                .setHeader(getTranslation("tasks.column.actions")).setKey("actions")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.sort(List.of(new GridSortOrder<>(dueColumn, SortDirection.ASCENDING)));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        // Enter on a row opens its task, as a double click does (keyboard users, and busy clerks);
        // Enter on the buttons' cell steps into it (the grid's own keyboard rule), on a button presses it
        grid.addCellFocusListener(e -> focusedTask = e.getColumn().map(c -> "actions".equals(c.getKey())).orElse(false)
                ? null : e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focusedTask != null) {
                open(focusedTask);
            }
        }).setFilter(ENTER_ON_ROW);
        grid.setSizeFull();
        grid.setPageSize(PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        nameColumn.setWidth("14rem");

        empty.setText(getTranslation("tasks.empty"));
        alerts.setPadding(false);
        alerts.setSpacing(false);
        alerts.getElement().setAttribute("role", "region");
        alerts.getElement().setAttribute("aria-label", getTranslation("alerts.label"));
        add(new H2(getTranslation("menu.tasks")), alerts, filter, grid, empty);
        refresh();
    }

    void showAlerts() {
        alerts.removeAll();
        for (Alert alert : alertService.mine()) {
            Span text = new Span(getTranslation(alert.messageKey(), alert.messageArgs().toArray()) + " ("
                    + AppTime.DATE_TIME.format(alert.createdAt().atZone(AppTime.ZONE)) + ")");
            Button seen = new Button(getTranslation("alerts.dismiss"), e -> {
                alertService.dismiss(alert.id());
                showAlerts();
            });
            seen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(new Icon(VaadinIcon.BELL), text, seen);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("alert");
            row.getElement().getThemeList().add("badge warning");
            row.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("margin-bottom", "2px");
            alerts.add(row);
        }
        alerts.setVisible(alerts.getComponentCount() > 0);
    }

    /**
     * The grid reads a page at a time from the engine as it scrolls, so a group with thousands of open
     * tasks opens as fast as one with three.
     */
    void refresh() {
        showAlerts();
        InboxFilter shown = filter.getValue();
        long count = inbox.count(shown);
        List<InboxTask> firstPage = inbox.page(shown, InboxSort.DUE, true, 0, PAGE_SIZE);
        // the grid's first fetch and count are those just read (opening the inbox read each twice);
        // scrolling, sorting and later refreshes read anew
        boolean[] firstServed = new boolean[2];
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
            InboxSort sort = order == null ? InboxSort.DUE : InboxSort.valueOf(order.getSorted());
            boolean ascending = order == null || order.getDirection() == SortDirection.ASCENDING;
            if (!firstServed[0] && sort == InboxSort.DUE && ascending && query.getOffset() == 0
                    && query.getLimit() <= PAGE_SIZE) {
                firstServed[0] = true;
                return firstPage.stream().limit(query.getLimit());
            }
            firstServed[0] = true;
            return inbox.page(shown, sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> {
            if (!firstServed[1]) {
                firstServed[1] = true;
                return (int) Math.min(Integer.MAX_VALUE, count);
            }
            return (int) Math.min(Integer.MAX_VALUE, inbox.count(shown));
        });
        // a district's reviewer sees several communes; a commune's staff only their own
        communeColumn.setVisible(firstPage.stream().map(InboxTask::communeName).distinct().count() > 1);
        empty.setVisible(count == 0);
    }

    /** The row's first button: a task of the user's goes back to the group, any other is claimed. */
    void claimOrGiveBack(InboxTask task) {
        act(task.isAssignedTo(username) ? () -> inbox.unclaim(task.id()) : () -> inbox.claim(task.id()));
    }

    void open(InboxTask task) {
        try {
            String route = inbox.screenRoute(task.id()).orElse(null);
            if (route == null || RouteConfiguration.forSessionScope().getRoute(route).isEmpty()) {
                error("tasks.error.noScreen");
                return;
            }
            getUI().ifPresent(ui -> ui.navigate(route));
        } catch (TaskNotAvailableException e) {
            error("tasks.error.gone");
            refresh();
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (TaskNotAvailableException e) {
            error("tasks.error.gone");
        }
        refresh();
    }

    private void error(String key) {
        Notification.show(getTranslation(key), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String format(ZonedDateTime time) {
        return time == null ? "" : AppTime.DATE_TIME.format(time);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.tasks");
    }
}
