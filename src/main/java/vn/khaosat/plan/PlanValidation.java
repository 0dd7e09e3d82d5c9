package vn.khaosat.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import vn.khaosat.base.InvalidInputException;

/** The rules of the plan editor; each broken rule names the field and an i18n message key. */
final class PlanValidation {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}/KH-[A-ZĐ0-9-]{1,20}");
    static final int LONG_TEXT = 10_000;

    private PlanValidation() {
    }

    static void check(PlanContent content, int year, boolean templateIsActive, boolean fieldsExist) {
        Map<String, String> errors = new LinkedHashMap<>();
        String number = content.number() == null ? "" : content.number().strip();
        if (number.isEmpty()) {
            errors.put("number", "validation.required");
        } else if (!NUMBER.matcher(number).matches()) {
            errors.put("number", "validation.plan.number.format");
        }
        if (content.date() != null && (content.date().getYear() < year - 1 || content.date().getYear() > year)) {
            errors.put("date", "validation.plan.date.year");
        }
        text(errors, "placeName", content.placeName(), 100);
        text(errors, "legalBasis", content.legalBasis(), LONG_TEXT);
        text(errors, "purposes", content.purposes(), LONG_TEXT);
        text(errors, "requirements", content.requirements(), LONG_TEXT);
        if (!templateIsActive) {
            errors.put("template", "validation.plan.template");
        }
        if (content.fieldIds().isEmpty() || !fieldsExist) {
            errors.put("fields", "validation.plan.fields");
        }
        if (content.channels().isEmpty()) {
            errors.put("channels", "validation.plan.channels");
        }
        if (content.coverageTarget() < 1 || content.coverageTarget() > 100) {
            errors.put("coverageTarget", "validation.plan.coverage");
        }
        if (!PublicationCalendar.isValidCutOffDay(content.cutOffDay())) {
            errors.put("cutOffDay", "validation.plan.cutOff");
        }
        if (content.reportedPeriods().isEmpty() || content.reportedPeriods().stream().anyMatch(p -> !p.isReportable())) {
            errors.put("reportedPeriods", "validation.plan.reportedPeriods");
        }
        text(errors, "recipients", content.recipients(), LONG_TEXT);
        text(errors, "signerName", content.signerName(), 200);
        if (content.signerTitle() == null) {
            errors.put("signerTitle", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void text(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "validation.required");
        } else if (value.strip().length() > max) {
            errors.put(field, "validation.tooLong");
        }
    }
}
