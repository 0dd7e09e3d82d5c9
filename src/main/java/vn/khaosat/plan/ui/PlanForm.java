package vn.khaosat.plan.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.khaosat.base.ui.Dates;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.PlanContent;
import vn.khaosat.plan.FieldView;
import vn.khaosat.plan.SignerTitle;
import vn.khaosat.plan.TemplateSummary;

/** The plan's fields; the screen around it saves, submits and shows the calendar. */
class PlanForm extends FormLayout {

    final TextField number = new TextField();
    final DatePicker date;
    final TextField placeName = new TextField();
    final TextArea legalBasis = new TextArea();
    final TextArea purposes = new TextArea();
    final TextArea requirements = new TextArea();
    final Select<TemplateSummary> template = new Select<>();
    final CheckboxGroup<FieldView> fields = new CheckboxGroup<>();
    final CheckboxGroup<Channel> channels = new CheckboxGroup<>();
    final IntegerField coverageTarget = new IntegerField();
    final IntegerField cutOffDay = new IntegerField();
    final CheckboxGroup<PeriodType> reportedPeriods = new CheckboxGroup<>();
    final TextArea recipients = new TextArea();
    final TextField signerName = new TextField();
    final Select<SignerTitle> signerTitle = new Select<>();
    private final FormErrors errors = new FormErrors();

    PlanForm(List<TemplateSummary> templates, List<FieldView> serviceFields) {
        date = Dates.picker(this, t("plan.date"));
        number.setLabel(t("plan.number"));
        number.setHelperText(t("plan.number.help"));
        number.setRequiredIndicatorVisible(true);
        date.setHelperText(t("plan.date.help"));
        placeName.setLabel(t("plan.placeName"));
        legalBasis.setLabel(t("plan.legalBasis"));
        purposes.setLabel(t("plan.purposes"));
        requirements.setLabel(t("plan.requirements"));
        template.setLabel(t("plan.template"));
        template.setItems(templates);
        template.setItemLabelGenerator(TemplateSummary::label);
        fields.setLabel(t("plan.fields"));
        fields.setItems(serviceFields.stream().sorted(Comparator.comparing(FieldView::position)).toList());
        fields.setItemLabelGenerator(f -> isEnglish() ? f.nameEn() : f.nameVi());
        channels.setLabel(t("plan.channels"));
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(c -> t("channel." + c.name()));
        coverageTarget.setLabel(t("plan.coverageTarget"));
        coverageTarget.setSuffixComponent(new Span("%"));
        coverageTarget.setMin(1);
        coverageTarget.setMax(100);
        coverageTarget.setHelperText(t("plan.coverageTarget.help"));
        cutOffDay.setLabel(t("plan.cutOffDay"));
        cutOffDay.setMin(1);
        cutOffDay.setMax(27);
        cutOffDay.setStepButtonsVisible(true);
        cutOffDay.setHelperText(t("plan.cutOffDay.help"));
        reportedPeriods.setLabel(t("plan.reportedPeriods"));
        reportedPeriods.setItems(Stream.of(PeriodType.values()).filter(PeriodType::isReportable).toList());
        reportedPeriods.setItemLabelGenerator(p -> t("period." + p.name()));
        recipients.setLabel(t("plan.recipients"));
        signerName.setLabel(t("plan.signerName"));
        signerTitle.setLabel(t("plan.signerTitle"));
        signerTitle.setItems(SignerTitle.values());
        signerTitle.setItemLabelGenerator(s -> t("signerTitle." + s.name()));
        for (TextArea area : List.of(legalBasis, purposes, requirements, recipients)) {
            area.setMinRows(2);
            area.setMaxRows(8);
        }
        Stream.of(number, placeName, legalBasis, purposes, requirements, signerName)
                .forEach(f -> f.setRequiredIndicatorVisible(true));

        errors.field("number", number).field("date", date).field("placeName", placeName)
                .field("legalBasis", legalBasis).field("purposes", purposes).field("requirements", requirements)
                .field("template", template).field("fields", fields).field("channels", channels)
                .field("coverageTarget", coverageTarget).field("cutOffDay", cutOffDay)
                .field("reportedPeriods", reportedPeriods).field("recipients", recipients)
                .field("signerName", signerName).field("signerTitle", signerTitle);

        add(number, date, placeName, template);
        add(legalBasis, 2);
        add(purposes, 2);
        add(requirements, 2);
        add(fields, 2);
        add(channels, 2);
        add(coverageTarget, cutOffDay);
        add(reportedPeriods, 2);
        add(recipients, 2);
        add(signerName, signerTitle);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    void fill(PlanContent content) {
        errors.clear();
        number.setValue(content.number());
        date.setValue(content.date());
        placeName.setValue(content.placeName());
        legalBasis.setValue(content.legalBasis());
        purposes.setValue(content.purposes());
        requirements.setValue(content.requirements());
        template.getListDataView().getItems().filter(t -> t.id() == content.templateId()).findFirst()
                .ifPresent(template::setValue);
        fields.setValue(fields.getListDataView().getItems().filter(f -> content.fieldIds().contains(f.id()))
                .collect(Collectors.toSet()));
        channels.setValue(content.channels());
        coverageTarget.setValue(content.coverageTarget());
        cutOffDay.setValue(content.cutOffDay());
        reportedPeriods.setValue(content.reportedPeriods());
        recipients.setValue(content.recipients());
        signerName.setValue(content.signerName());
        signerTitle.setValue(content.signerTitle());
    }

    PlanContent read() {
        Set<Long> fieldIds = fields.getValue().stream().map(FieldView::id).collect(Collectors.toSet());
        return new PlanContent(number.getValue(), date.getValue(), placeName.getValue(), legalBasis.getValue(),
                purposes.getValue(), requirements.getValue(), template.getValue() == null ? -1 : template.getValue().id(),
                fieldIds, channels.getValue(), orZero(coverageTarget.getValue()), orZero(cutOffDay.getValue()),
                reportedPeriods.getValue(), recipients.getValue(), signerName.getValue(), signerTitle.getValue());
    }

    FormErrors errors() {
        return errors;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private boolean isEnglish() {
        return getLocale() != null && getLocale().getLanguage().equals("en");
    }

    private String t(String key) {
        return getTranslation(key);
    }
}
