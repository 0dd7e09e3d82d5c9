package vn.khaosat.collection.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.ui.Dates;
import vn.khaosat.base.ui.Downloads;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.collection.PaperService;
import vn.khaosat.collection.SubmissionRefusedException;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.plan.FieldView;
import vn.khaosat.base.ui.PageTitle;

/**
 * Paper forms, keyboard first: choose the field and the date once, then per form type its number,
 * Tab, one digit per criterion, Enter — saved, and the cursor is back on the number.
 */
@Route("paper")
@Menu(title = "menu.paper", order = 25, icon = "vaadin:print")
@RolesAllowed("COMMUNE_STAFF")
public class PaperEntryView extends VerticalLayout implements HasDynamicTitle {

    private final PaperService paper;

    final ComboBox<FieldView> field = new ComboBox<>();
    final DatePicker givenOn;
    final TextField serial = new TextField();
    final TextField digits = new TextField();
    final Paragraph lastSaved = new Paragraph();
    final Grid<PaperService.FieldCount> counts = new Grid<>(PaperService.FieldCount.class, false);
    final Grid<PaperService.EnteredForm> entered = new Grid<>(PaperService.EnteredForm.class, false);
    final IntegerField printCount = new IntegerField();
    final Button print = new Button();
    final Div printed = new Div();
    private final FormErrors errors = new FormErrors();

    public PaperEntryView(PaperService paper, Clock clock) {
        this.paper = paper;
        givenOn = Dates.picker(this, t("paper.givenOn"));
        givenOn.setValue(LocalDate.now(clock));
        RunningCampaign campaign;
        try {
            campaign = paper.questionnaire();
        } catch (SubmissionRefusedException e) {
            add(new H2(t("menu.paper")), new Paragraph(t(e.messageKey())));
            return;
        }
        field.setLabel(t("dossiers.field"));
        field.setItems(campaign.fields());
        field.setItemLabelGenerator(FieldView::nameVi);
        field.setValue(campaign.fields().get(0));
        field.addValueChangeListener(e -> refresh());
        serial.setLabel(t("paper.serial"));
        serial.setPlaceholder(campaign.communeCode() + "-" + campaign.year() + "-00001");
        digits.setLabel(t("paper.digits", campaign.template().criteria().size()));
        digits.setPlaceholder("1".repeat(campaign.template().criteria().size()));
        digits.setHelperText(t("paper.digitsHelp"));
        digits.addKeyPressListener(Key.ENTER, e -> save());
        errors.field("serial", serial).field("digits", digits).field("answers", digits).field("givenOn", givenOn)
                .field("field", field);

        counts.addColumn(c -> c.field().nameVi()).setHeader(t("dossiers.field")).setFlexGrow(2);
        counts.addColumn(PaperService.FieldCount::issued).setHeader(t("paper.issued"));
        counts.addColumn(PaperService.FieldCount::collected).setHeader(t("paper.collected"));
        counts.setAllRowsVisible(true);
        counts.addThemeVariants(GridVariant.LUMO_COMPACT);

        entered.addColumn(PaperService.EnteredForm::serial).setHeader(t("paper.serial")).setAutoWidth(true);
        entered.addColumn(f -> AppTime.DATE.format(f.givenOn())).setHeader(t("paper.givenOn")).setAutoWidth(true);
        entered.addColumn(PaperService.EnteredForm::digits).setHeader(t("paper.levels"));
        entered.addComponentColumn(f -> {
            Button delete = new Button(t("paper.delete"), e -> {
                if (errors.perform(this, () -> paper.delete(f.responseId()))) {
                    refresh();
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return delete;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        entered.addThemeVariants(GridVariant.LUMO_COMPACT);
        entered.setHeight("20rem");

        printCount.setLabel(t("paper.printCount"));
        printCount.setValue(50);
        printCount.setMin(1);
        printCount.setMax(1000);
        print.setText(t("paper.print"));
        print.addClickListener(e -> print());
        errors.field("count", printCount);

        HorizontalLayout choose = new HorizontalLayout(field, givenOn);
        HorizontalLayout form = new HorizontalLayout(serial, digits);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout printing = new HorizontalLayout(printCount, print, printed);
        printing.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(t("menu.paper")), choose, form, lastSaved, entered, new H3(t("paper.countsTitle")), counts,
                new H3(t("paper.printTitle")), printing);
        refresh();
        serial.focus();
    }

    void save() {
        FieldView chosen = field.getValue();
        String typedSerial = serial.getValue();
        if (errors.attempt(this, () -> paper.enter(chosen.id(), givenOn.getValue(), typedSerial, digits.getValue()))
                .isPresent()) {
            lastSaved.setText(t("paper.saved", typedSerial.strip().toUpperCase()));
            serial.clear();
            digits.clear();
            refresh();
            serial.focus();
        }
    }

    void print() {
        FieldView chosen = field.getValue();
        errors.attempt(this, () -> paper.issue(chosen.id(), printCount.getValue())).ifPresent(batchId -> {
            printed.removeAll();
            printed.add(Downloads.link(t("paper.download"), "phieu-khao-sat-" + batchId + ".pdf", Downloads.PDF,
                    () -> paper.formsPdf(batchId)));
            refresh();
        });
    }

    private void refresh() {
        counts.setItems(paper.counts());
        if (field.getValue() != null) {
            entered.setItems(paper.entered(field.getValue().id()));
        }
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.paper");
    }
}
