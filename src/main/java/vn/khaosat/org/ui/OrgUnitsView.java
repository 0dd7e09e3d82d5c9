package vn.khaosat.org.ui;

import java.util.Comparator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.org.OrgService;
import vn.khaosat.org.UnitView;
import vn.khaosat.org.UnitDraft;
import vn.khaosat.org.UnitType;
import vn.khaosat.base.ui.PageTitle;
import vn.khaosat.base.ui.Buttons;

/** Administration of the unit tree: province → district → commune. */
@Route("admin/units")
@Menu(title = "menu.units", order = 90, icon = "vaadin:sitemap")
@RolesAllowed("ADMIN")
public class OrgUnitsView extends HorizontalLayout implements HasDynamicTitle {

    private final OrgService org;

    final Grid<UnitView> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<UnitType> type = new ComboBox<>();
    final ComboBox<UnitView> parent = new ComboBox<>();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    final Button create = new Button();
    final H3 formTitle = new H3();
    private final FormErrors errors = new FormErrors();
    private UnitDraft editing;

    public OrgUnitsView(OrgService org) {
        this.org = org;
        setSizeFull();

        grid.addColumn(UnitView::code).setHeader(t("units.code")).setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(UnitView::code));
        grid.addColumn(UnitView::name).setHeader(t("units.name")).setFlexGrow(2).setSortable(true)
                .setComparator(Comparator.comparing(UnitView::name));
        grid.addColumn(u -> t("unitType." + u.type().name())).setHeader(t("units.type"));
        grid.addColumn(u -> u.parentName() == null ? "" : u.parentName()).setHeader(t("units.parent"));
        grid.addColumn(u -> t(u.active() ? "common.yes" : "common.no")).setHeader(t("units.active"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(UnitDraft.of(e.getValue()));
            }
        });

        code.setLabel(t("units.code"));
        code.setHelperText(t("units.code.help"));
        code.setMaxLength(20);
        code.setRequiredIndicatorVisible(true);
        name.setLabel(t("units.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        type.setLabel(t("units.type"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(ut -> t("unitType." + ut.name()));
        type.setRequiredIndicatorVisible(true);
        parent.setLabel(t("units.parent"));
        parent.setItemLabelGenerator(u -> u.code() + " – " + u.name());
        active.setLabel(t("units.active"));
        errors.field("code", code).field("name", name).field("type", type).field("parent", parent);

        Buttons.primary(save, t("common.save"), this::save);
        create.setText(t("units.new"));
        create.addClickListener(e -> {
            grid.asSingleSelect().clear();
            edit(new UnitDraft(null, 0, "", "", UnitType.XA, null, true));
        });

        FormLayout form = new FormLayout(code, name, type, parent, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout formPanel = new VerticalLayout(formTitle, form, save);
        formPanel.setWidth("24rem");
        VerticalLayout listPanel = new VerticalLayout(new H2(t("menu.units")), create, grid);
        listPanel.setSizeFull();
        add(listPanel, formPanel);

        refresh();
        edit(new UnitDraft(null, 0, "", "", UnitType.XA, null, true));
    }

    private void refresh() {
        var units = org.allUnits();
        grid.setItems(units);
        parent.setItems(units);
    }

    void edit(UnitDraft draft) {
        editing = draft;
        errors.clear();
        formTitle.setText(t(draft.id() == null ? "units.new" : "units.edit"));
        code.setValue(draft.code());
        name.setValue(draft.name());
        type.setValue(draft.type());
        parent.setValue(draft.parentId() == null ? null
                : parent.getListDataView().getItems().filter(u -> draft.parentId() != null && u.id() == draft.parentId()).findFirst().orElse(null));
        active.setValue(draft.active());
    }

    void save() {
        UnitDraft draft = new UnitDraft(editing.id(), editing.version(), code.getValue(), name.getValue(),
                type.getValue(), parent.getValue() == null ? null : parent.getValue().id(), active.getValue());
        errors.attempt(this, () -> org.saveUnit(draft)).ifPresent(saved -> {
            FormErrors.success(this, "common.saved");
            refresh();
            edit(UnitDraft.of(saved));
        });
    }

    private String t(String key) {
        return getTranslation(key);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.units");
    }
}
