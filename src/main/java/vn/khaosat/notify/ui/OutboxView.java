package vn.khaosat.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.AppTime;
import vn.khaosat.notify.Outbox;
import vn.khaosat.notify.OutboxEntry;
import vn.khaosat.base.ui.PageTitle;

/** The admin sees what the outbox holds and the messages that failed for good, and sends one again. */
@Route("admin/outbox")
@Menu(title = "menu.outbox", order = 93, icon = "vaadin:envelopes")
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OutboxEntry> failed = new Grid<>(OutboxEntry.class, false);
    final Span counts = new Span();
    private final Outbox outbox;

    public OutboxView(Outbox outbox) {
        this.outbox = outbox;
        setSizeFull();
        failed.addColumn(m -> AppTime.DATE_TIME.format(m.createdAt().atZone(AppTime.ZONE)))
                .setHeader(t("outbox.created")).setAutoWidth(true);
        failed.addColumn(m -> t("notify.kind." + m.kind().name())).setHeader(t("outbox.kind")).setAutoWidth(true);
        failed.addColumn(m -> m.recipient() + " <" + m.address() + ">").setHeader(t("outbox.recipient")).setAutoWidth(true);
        failed.addColumn(OutboxEntry::subject).setHeader(t("outbox.subject")).setFlexGrow(2);
        failed.addColumn(OutboxEntry::attempts).setHeader(t("outbox.attempts")).setAutoWidth(true);
        failed.addColumn(OutboxEntry::lastError).setHeader(t("outbox.error")).setFlexGrow(2);
        failed.addComponentColumn(m -> {
            Button retry = new Button(t("outbox.retry"), e -> {
                outbox.retry(m.id());
                refresh();
            });
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return retry;
        }).setHeader("").setAutoWidth(true).setKey("actions");
        failed.setEmptyStateText(t("outbox.noneFailed"));
        add(new H2(t("menu.outbox")), new Paragraph(t(outbox.mailOn() ? "outbox.on" : "outbox.off")), counts,
                failed);
        refresh();
    }

    private void refresh() {
        var byStatus = outbox.counts();
        counts.setText(t("outbox.counts", byStatus.getOrDefault(Outbox.PENDING, 0L), byStatus.getOrDefault(Outbox.SENT, 0L),
                byStatus.getOrDefault(Outbox.FAILED, 0L)));
        failed.setItems(outbox.failed());
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.outbox");
    }
}
