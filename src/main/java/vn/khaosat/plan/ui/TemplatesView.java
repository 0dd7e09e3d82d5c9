package vn.khaosat.plan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.plan.TemplateDetail;
import vn.khaosat.plan.TemplateService;
import vn.khaosat.plan.TemplateStatus;
import vn.khaosat.plan.TemplateSummary;
import vn.khaosat.base.ui.PageTitle;
import vn.khaosat.base.ui.Buttons;

/** Questionnaire templates: list, view, clone into a new draft, edit the draft's criteria, activate it. */
@Route("admin/templates")
@Menu(title = "menu.templates", order = 92, icon = "vaadin:clipboard-text")
@RolesAllowed("ADMIN")
public class TemplatesView extends HorizontalLayout implements HasDynamicTitle {

    /** A criterion row with the name of its area, for the one table of a template. */
    record Row(String area, TemplateDetail.Criterion criterion) {
    }

    private final TemplateService templates;

    final Grid<TemplateSummary> list = new Grid<>(TemplateSummary.class, false);
    final H3 detailTitle = new H3();
    final Paragraph levels = new Paragraph();
    final Paragraph frozen = new Paragraph();
    final Grid<Row> criteria = new Grid<>(Row.class, false);
    final TextArea textVi = new TextArea();
    final TextArea textEn = new TextArea();
    final Checkbox optional = new Checkbox();
    final Button saveCriterion = new Button();
    final Button cloneDraft = new Button();
    final Button activate = new Button();
    private final FormErrors errors = new FormErrors();
    private TemplateDetail shown;

    public TemplatesView(TemplateService templates) {
        this.templates = templates;
        setSizeFull();

        list.addColumn(TemplateSummary::code).setHeader(t("templates.code")).setAutoWidth(true);
        list.addColumn(TemplateSummary::revision).setHeader(t("templates.revision")).setAutoWidth(true);
        list.addColumn(TemplateSummary::nameVi).setHeader(t("templates.name")).setFlexGrow(2);
        list.addColumn(s -> t("templateStatus." + s.status().name())).setHeader(t("templates.status")).setAutoWidth(true);
        list.addColumn(s -> s.areaCount() + " / " + s.criterionCount() + " / " + s.levelCount())
                .setHeader(t("templates.size")).setAutoWidth(true);
        list.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(templates.template(e.getValue().id()));
            }
        });

        criteria.addColumn(Row::area).setHeader(t("templates.criterion")).setFlexGrow(1);
        criteria.addColumn(r -> r.criterion().position() + ". " + r.criterion().textVi()).setFlexGrow(3);
        criteria.addColumn(r -> r.criterion().optional() ? "*" : "").setAutoWidth(true);
        criteria.setAllRowsVisible(true);
        criteria.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        criteria.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        textVi.setLabel(t("templates.criterion.vi"));
        textEn.setLabel(t("templates.criterion.en"));
        textVi.setWidthFull();
        textEn.setWidthFull();
        optional.setLabel(t("templates.criterion.optional"));
        errors.field("textVi", textVi).field("textEn", textEn);
        Buttons.primary(saveCriterion, t("common.save"), this::saveCriterion);
        cloneDraft.setText(t("templates.clone"));
        cloneDraft.addClickListener(e -> cloneDraft());
        activate.setText(t("templates.activate"));
        activate.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        activate.addClickListener(e -> activate());
        frozen.setText(t("templates.frozen"));

        VerticalLayout left = new VerticalLayout(new H2(t("menu.templates")), list);
        left.setWidth("45%");
        VerticalLayout right = new VerticalLayout(detailTitle, levels, new HorizontalLayout(cloneDraft, activate), frozen,
                criteria, textVi, textEn, optional, saveCriterion);
        right.setWidth("55%");
        add(left, right);
        refresh(null);
    }

    private void refresh(Long selectId) {
        List<TemplateSummary> all = templates.templates();
        list.setItems(all);
        all.stream().filter(s -> selectId == null ? s.status() == TemplateStatus.ACTIVE : s.id() == selectId)
                .findFirst().ifPresent(list::select);
    }

    void show(TemplateDetail template) {
        shown = template;
        detailTitle.setText(template.nameVi() + " – " + t("templates.revision") + " " + template.revision() + " ("
                + t("templateStatus." + template.status().name()) + ")");
        levels.setText(t("templates.levels") + ": " + template.levels().stream()
                .map(l -> l.labelVi() + (l.satisfied() ? " (" + t("templates.satisfied") + ")" : ""))
                .collect(Collectors.joining(", ")));
        List<Row> rows = new ArrayList<>();
        template.areas().forEach(a -> a.criteria().forEach(c -> rows.add(new Row(a.nameVi(), c))));
        criteria.setItems(rows);
        boolean draft = template.status() == TemplateStatus.DRAFT;
        activate.setVisible(draft);
        frozen.setVisible(!draft);
        edit(null);
    }

    private void edit(Row row) {
        boolean editable = row != null && shown != null && shown.status() == TemplateStatus.DRAFT;
        errors.clear();
        textVi.setValue(row == null ? "" : row.criterion().textVi());
        textEn.setValue(row == null ? "" : row.criterion().textEn());
        optional.setValue(row != null && row.criterion().optional());
        for (var field : List.of(textVi, textEn)) {
            field.setReadOnly(!editable);
        }
        optional.setReadOnly(!editable);
        saveCriterion.setEnabled(editable);
    }

    void saveCriterion() {
        Row row = criteria.asSingleSelect().getValue();
        if (errors.perform(this, () -> templates.updateCriterion(shown.id(), shown.version(), row.criterion().id(),
                textVi.getValue(), textEn.getValue(), optional.getValue()))) {
            show(templates.template(shown.id()));
            FormErrors.success(this, "common.saved");
        }
    }

    void cloneDraft() {
        TemplateSummary draft = templates.cloneAsDraft(shown.id());
        refresh(draft.id());
    }

    void activate() {
        if (errors.perform(this, () -> templates.activate(shown.id(), shown.version()))) {
            FormErrors.success(this, "common.saved");
            refresh(shown.id());
        }
    }

    private String t(String key) {
        return getTranslation(key);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.templates");
    }
}
