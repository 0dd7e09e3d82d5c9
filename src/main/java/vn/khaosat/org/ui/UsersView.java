package vn.khaosat.org.ui;

import java.util.Comparator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.org.UserView;
import vn.khaosat.org.OrgService;
import vn.khaosat.org.UnitView;
import vn.khaosat.org.Role;
import vn.khaosat.org.UserDraft;
import vn.khaosat.base.ui.PageTitle;
import vn.khaosat.base.ui.Buttons;

/** Administration of users: create, edit, lock/unlock, reset password. */
@Route("admin/users")
@Menu(title = "menu.users", order = 91, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends HorizontalLayout implements HasDynamicTitle {

    private final OrgService org;

    final Grid<UserView> grid = new Grid<>();
    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<UnitView> unit = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    final Button create = new Button();
    final Button toggleActive = new Button();
    final Button resetPassword = new Button();
    final H3 formTitle = new H3();
    final Span status = new Span();
    private final FormErrors errors = new FormErrors();
    private UserDraft editing;
    private UserView selected;

    public UsersView(OrgService org) {
        this.org = org;
        setSizeFull();

        grid.addColumn(UserView::username).setHeader(t("users.username")).setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(UserView::username));
        grid.addColumn(UserView::fullName).setHeader(t("users.fullName")).setFlexGrow(2);
        grid.addColumn(u -> u.unitName()).setHeader(t("users.unit")).setSortable(true)
                .setComparator(Comparator.comparing(u -> u.unitName()));
        grid.addColumn(u -> u.roles().stream().map(r -> t("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(t("users.roles"));
        grid.addColumn(u -> t(u.active() ? "users.active" : "users.locked")).setHeader(t("users.status")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        username.setLabel(t("users.username"));
        username.setHelperText(t("users.username.help"));
        username.setMaxLength(50);
        username.setRequiredIndicatorVisible(true);
        fullName.setLabel(t("users.fullName"));
        fullName.setMaxLength(200);
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(t("users.email"));
        email.setHelperText(t("users.email.help"));
        email.setMaxLength(200);
        unit.setLabel(t("users.unit"));
        unit.setItemLabelGenerator(u -> u.code() + " – " + u.name());
        unit.setRequiredIndicatorVisible(true);
        roles.setLabel(t("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> t("role." + r.name()));
        roles.setRequiredIndicatorVisible(true);
        password.setLabel(t("users.password"));
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(t("users.password.help"));
        errors.field("username", username).field("fullName", fullName).field("email", email).field("unit", unit).field("roles", roles)
                .field("password", password);

        Buttons.primary(save, t("common.save"), this::save);
        create.setText(t("users.new"));
        create.addClickListener(e -> {
            grid.asSingleSelect().clear();
            edit(null);
        });
        toggleActive.addClickListener(e -> toggleActive());
        resetPassword.setText(t("users.resetPassword"));
        resetPassword.addClickListener(e -> resetPassword());

        FormLayout form = new FormLayout(username, fullName, email, unit, roles, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout formPanel = new VerticalLayout(formTitle, status, form, new HorizontalLayout(save),
                new HorizontalLayout(resetPassword, toggleActive));
        formPanel.setWidth("26rem");
        VerticalLayout listPanel = new VerticalLayout(new H2(t("menu.users")), create, grid);
        listPanel.setSizeFull();
        add(listPanel, formPanel);

        refresh();
        edit(null);
    }

    private void refresh() {
        grid.setItems(org.allUsers());
        unit.setItems(org.allUnits());
    }

    void edit(UserView user) {
        selected = user;
        editing = user == null ? new UserDraft(null, 0, "", "", null, java.util.Set.of(), "") : UserDraft.of(user);
        errors.clear();
        boolean isNew = user == null;
        formTitle.setText(t(isNew ? "users.new" : "users.edit"));
        username.setValue(editing.username());
        username.setReadOnly(!isNew);
        fullName.setValue(editing.fullName());
        email.setValue(editing.email() == null ? "" : editing.email());
        unit.setValue(isNew ? null : unit.getListDataView().getItems()
                .filter(u -> editing.unitId() != null && u.id() == editing.unitId()).findFirst().orElse(null));
        roles.setValue(editing.roles());
        password.clear();
        password.setVisible(isNew);
        resetPassword.setVisible(!isNew);
        toggleActive.setVisible(!isNew);
        status.setText(isNew ? "" : t(user.active() ? "users.active" : "users.locked"));
        toggleActive.setText(t(!isNew && user.active() ? "users.lock" : "users.unlock"));
    }

    void save() {
        UserDraft draft = new UserDraft(editing.id(), editing.version(), username.getValue(), fullName.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), roles.getValue(), password.getValue(),
                email.getValue());
        errors.attempt(this, () -> org.saveUser(draft)).ifPresent(this::saved);
    }

    void toggleActive() {
        errors.attempt(this, () -> org.setUserActive(selected.id(), selected.version(), !selected.active()))
                .ifPresent(this::saved);
    }

    private void saved(UserView user) {
        FormErrors.success(this, "common.saved");
        refresh();
        edit(user);
    }

    void resetPassword() {
        errors.attempt(this, () -> org.resetPassword(selected.id(), selected.version())).ifPresent(newPassword -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(t("users.resetPassword"));
            Span shown = new Span(newPassword);
            shown.addClassName("new-password");
            shown.getStyle().set("font-family", "monospace").set("font-size", "1.4em");
            dialog.add(new Paragraph(t("users.resetPassword.done", selected.username())), shown);
            dialog.getFooter().add(new Button(t("common.close"), e -> dialog.close()));
            dialog.open();
            refresh();
            grid.asSingleSelect().clear();
            edit(null);
        });
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.users");
    }
}
