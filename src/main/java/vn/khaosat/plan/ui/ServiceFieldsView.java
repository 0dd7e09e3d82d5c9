package vn.khaosat.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.plan.FieldDraft;
import vn.khaosat.plan.FieldView;
import vn.khaosat.plan.ServiceFieldService;
import vn.khaosat.base.ui.PageTitle;
import vn.khaosat.base.ui.Buttons;

/** The service fields plans choose from: add, rename, reorder, take out of use. */
@Route("admin/fields")
@Menu(title = "menu.fields", order = 93, icon = "vaadin:list")
@RolesAllowed("ADMIN")
public class ServiceFieldsView extends HorizontalLayout implements HasDynamicTitle {

    private final ServiceFieldService fields;

    final Grid<FieldView> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField nameVi = new TextField();
    final TextField nameEn = new TextField();
    final IntegerField position = new IntegerField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    final Button create = new Button();
    final H3 formTitle = new H3();
    private final FormErrors errors = new FormErrors();
    private FieldDraft editing;

    public ServiceFieldsView(ServiceFieldService fields) {
        this.fields = fields;
        setSizeFull();
        grid.addColumn(FieldView::position).setHeader(t("fields.position")).setAutoWidth(true);
        grid.addColumn(FieldView::code).setHeader(t("fields.code")).setAutoWidth(true);
        grid.addColumn(FieldView::nameVi).setHeader(t("fields.nameVi")).setFlexGrow(2);
        grid.addColumn(FieldView::nameEn).setHeader(t("fields.nameEn")).setFlexGrow(2);
        grid.addColumn(f -> t(f.active() ? "common.yes" : "common.no")).setHeader(t("fields.active")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(FieldDraft.of(e.getValue()));
            }
        });
        code.setLabel(t("fields.code"));
        code.setMaxLength(20);
        nameVi.setLabel(t("fields.nameVi"));
        nameEn.setLabel(t("fields.nameEn"));
        position.setLabel(t("fields.position"));
        active.setLabel(t("fields.active"));
        errors.field("code", code).field("nameVi", nameVi).field("nameEn", nameEn).field("position", position);
        Buttons.primary(save, t("common.save"), this::save);
        create.setText(t("fields.new"));
        create.addClickListener(e -> {
            grid.asSingleSelect().clear();
            edit(newField());
        });
        FormLayout form = new FormLayout(code, nameVi, nameEn, position, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout formPanel = new VerticalLayout(formTitle, form, save);
        formPanel.setWidth("24rem");
        VerticalLayout listPanel = new VerticalLayout(new H2(t("menu.fields")), create, grid);
        listPanel.setSizeFull();
        add(listPanel, formPanel);
        grid.setItems(fields.allFields());
        edit(newField());
    }

    private FieldDraft newField() {
        return new FieldDraft(null, 0, "", "", "", grid.getListDataView().getItemCount() + 1, true);
    }

    void edit(FieldDraft draft) {
        editing = draft;
        errors.clear();
        formTitle.setText(t(draft.id() == null ? "fields.new" : "fields.edit"));
        code.setValue(draft.code());
        code.setReadOnly(draft.id() != null);
        nameVi.setValue(draft.nameVi());
        nameEn.setValue(draft.nameEn());
        position.setValue(draft.position());
        active.setValue(draft.active());
    }

    void save() {
        FieldDraft draft = new FieldDraft(editing.id(), editing.version(), code.getValue(), nameVi.getValue(),
                nameEn.getValue(), position.getValue(), active.getValue());
        errors.attempt(this, () -> fields.save(draft)).ifPresent(saved -> {
            FormErrors.success(this, "common.saved");
            grid.setItems(fields.allFields());
            edit(FieldDraft.of(saved));
        });
    }

    private String t(String key) {
        return getTranslation(key);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.fields");
    }
}
