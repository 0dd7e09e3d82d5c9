package vn.khaosat.collection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.UnitNames;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.base.ui.QrCode;
import vn.khaosat.collection.KioskService;
import vn.khaosat.collection.KioskView;
import vn.khaosat.collection.OfficerService;
import vn.khaosat.collection.QueuedRatingService;
import vn.khaosat.org.OrgService;
import vn.khaosat.base.ui.PageTitle;
import vn.khaosat.base.ui.Buttons;

/**
 * The kiosks of the user's commune (an admin: of every commune): register one, see its address once,
 * revoke it; when each last sent its queued ratings and how far its clock was off; the ratings that
 * arrived after their period had closed.
 */
@Route("kiosks")
@Menu(title = "menu.kiosks", order = 20, icon = "vaadin:tablet")
@RolesAllowed({"COMMUNE_STAFF", "ADMIN"})
public class KiosksView extends VerticalLayout implements HasDynamicTitle {

    private final KioskService kiosks;

    static final long SKEW_WARNING_SECONDS = 300;

    final Grid<KioskView> grid = new Grid<>(KioskView.class, false);
    final ComboBox<String> commune = new ComboBox<>();
    final TextField name = new TextField();
    final Button register = new Button();
    final Div onlineLink = new Div();
    final TextArea officerNames = new TextArea();
    final Button saveOfficers = new Button();
    final Grid<QueuedRatingService.KeptRating> kept = new Grid<>(QueuedRatingService.KeptRating.class, false);
    final Paragraph keptNone = new Paragraph();
    private final QueuedRatingService queued;
    private final OrgService org;
    private final UnitNames units;
    private final OfficerService officers;
    private final FormErrors errors = new FormErrors();
    String lastAddress;

    public KiosksView(KioskService kiosks, OfficerService officers, UnitNames units, OrgService org,
            QueuedRatingService queued) {
        this.kiosks = kiosks;
        this.queued = queued;
        this.org = org;
        this.units = units;
        this.officers = officers;
        setSizeFull();
        grid.addColumn(k -> units.nameOf(k.communeCode())).setHeader(t("kiosks.commune"));
        grid.addColumn(KioskView::name).setHeader(t("kiosks.name")).setFlexGrow(2);
        grid.addColumn(k -> AppTime.DATE.format(k.createdAt().atZone(AppTime.ZONE))).setHeader(t("kiosks.created"));
        grid.addColumn(k -> t(k.revoked() ? "kiosks.revoked" : "kiosks.active")).setHeader(t("kiosks.status"));
        grid.addColumn(k -> k.lastSeenAt() == null ? "" : AppTime.DATE_TIME.format(k.lastSeenAt().atZone(AppTime.ZONE)))
                .setHeader(t("kiosks.lastSeen"));
        grid.addComponentColumn(this::skew).setHeader(t("kiosks.clockSkew")).setKey("skew");
        grid.addComponentColumn(this::revokeButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);

        commune.setLabel(t("kiosks.commune"));
        commune.setItems(org.visibleCommuneCodes());
        commune.setItemLabelGenerator(units::nameOf);
        commune.setValue(commune.getListDataView().getItems().findFirst().orElse(null));
        name.setLabel(t("kiosks.name"));
        name.setMaxLength(100);
        errors.field("name", name);
        Buttons.primary(register, t("kiosks.register"), this::register);
        HorizontalLayout form = new HorizontalLayout(commune, name, register);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        officerNames.setLabel(t("kiosks.officers"));
        officerNames.setHelperText(t("kiosks.officersHelp"));
        officerNames.setWidth("30em");
        errors.field("officers", officerNames);
        saveOfficers.setText(t("common.save"));
        saveOfficers.addClickListener(e -> errors.attempt(this,
                () -> officers.replace(commune.getValue(), officerNames.getValue())).ifPresent(saved -> {
                    officerNames.setValue(String.join("\n", saved));
                    FormErrors.success(this, "common.saved");
                }));
        commune.addValueChangeListener(e -> showCommune());
        kept.addColumn(r -> units.nameOf(r.communeCode())).setHeader(t("kiosks.commune"));
        kept.addColumn(r -> r.kioskName() == null ? t("kiosks.keptOnline") : r.kioskName()).setHeader(t("kiosks.keptFrom"));
        kept.addColumn(r -> AppTime.DATE_TIME.format(r.answeredAt().atZone(AppTime.ZONE))).setHeader(t("kiosks.keptAnswered"));
        kept.addColumn(r -> AppTime.DATE_TIME.format(r.receivedAt().atZone(AppTime.ZONE))).setHeader(t("kiosks.keptReceived"));
        kept.setAllRowsVisible(true);
        keptNone.setText(t("kiosks.keptNone"));
        add(new H2(t("menu.kiosks")), form, grid, new H3(t("kiosks.keptTitle")), new Paragraph(t("kiosks.keptHelp")),
                keptNone, kept, new H3(t("kiosks.officersTitle")), officerNames, saveOfficers,
                new H3(t("kiosks.online")), new Paragraph(t("kiosks.onlineHelp")), onlineLink);
        refresh();
        showCommune();
    }

    void register() {
        errors.attempt(this, () -> kiosks.register(commune.getValue(), name.getValue())).ifPresent(registered -> {
            lastAddress = "/kiosk/" + registered.token();
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(t("kiosks.register"));
            Anchor link = new Anchor(lastAddress, lastAddress);
            link.getElement().setAttribute("router-ignore", true);
            dialog.add(new Paragraph(t("kiosks.address")), link, QrCode.of(absolute(lastAddress), 240));
            dialog.getFooter().add(new Button(t("common.close"), e -> dialog.close()));
            dialog.open();
            name.clear();
            refresh();
        });
    }

    /** The address as the tablet must open it: scheme, host and port of this request. */
    private static String absolute(String path) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (!(request instanceof VaadinServletRequest servlet)) {
            return path;
        }
        var http = servlet.getHttpServletRequest();
        boolean defaultPort = (http.getScheme().equals("http") && http.getServerPort() == 80)
                || (http.getScheme().equals("https") && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + path;
    }

    /** The commune's officers, and its public online form as a link and a QR code to print on dossier receipts. */
    private void showCommune() {
        officerNames.setValue(commune.getValue() == null ? "" : String.join("\n", officers.officers(commune.getValue())));
        onlineLink.removeAll();
        if (commune.getValue() != null) {
            String path = "/khao-sat/" + commune.getValue();
            Anchor link = new Anchor(absolute(path), absolute(path));
            link.getElement().setAttribute("router-ignore", true);
            onlineLink.add(link, QrCode.of(absolute(path), 180));
        }
    }

    private Button revokeButton(KioskView kiosk) {
        Button revoke = new Button(t("kiosks.revoke"), e -> {
            if (errors.attempt(this, () -> kiosks.revoke(kiosk.id(), kiosk.version())).isPresent()) {
                refresh();
            }
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(!kiosk.revoked());
        return revoke;
    }

    private void refresh() {
        grid.setItems(kiosks.kiosks());
        var keptRatings = queued.kept(org.visibleCommuneCodes());
        kept.setItems(keptRatings);
        kept.setVisible(!keptRatings.isEmpty());
        keptNone.setVisible(keptRatings.isEmpty());
    }

    /** The tablet's clock skew; past five minutes a rating near midnight may land on the wrong day, so staff are told. */
    private Span skew(KioskView kiosk) {
        if (kiosk.clockSkewSeconds() == null) {
            return new Span();
        }
        long seconds = kiosk.clockSkewSeconds();
        long size = Math.abs(seconds);
        String amount = size >= 3600 ? getTranslation("kiosks.skewHours", size / 3600, size % 3600 / 60)
                : size >= 60 ? getTranslation("kiosks.skewMinutes", size / 60) : getTranslation("kiosks.skewSeconds", size);
        // positive: the server's clock is ahead of the tablet's, so the tablet is slow
        Span text = new Span(getTranslation(seconds >= 0 ? "kiosks.skewBehind" : "kiosks.skewAhead", amount));
        if (size > SKEW_WARNING_SECONDS) {
            text.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.BOLD);
            text.setTitle(getTranslation("kiosks.skewWarning", amount));
        }
        return text;
    }

    private String t(String key) {
        return getTranslation(key);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.kiosks");
    }
}
