package vn.khaosat.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What collection and aggregation need of a running campaign: its questionnaire, fields, channels,
 * the plan's coverage target (per cent) and cut-off day (its data windows).
 */
public record RunningCampaign(long id, String communeCode, String communeName, int year, TemplateDetail template,
        List<FieldView> fields, Set<Channel> channels, int coverageTarget, int cutOffDay) {

    public RunningCampaign(long id, String communeCode, String communeName, int year, TemplateDetail template,
            List<FieldView> fields, Set<Channel> channels, int coverageTarget) {
        this(id, communeCode, communeName, year, template, fields, channels, coverageTarget,
                PublicationCalendar.DEFAULT_CUT_OFF_DAY);
    }

    /** Whether the day lies in one of the campaign year's data windows (15/12 of the year before to 14/12). */
    public boolean windowsHold(LocalDate day) {
        return !day.isBefore(PublicationCalendar.firstWindowDay(year, cutOffDay))
                && !day.isAfter(PublicationCalendar.lastWindowDay(year, cutOffDay));
    }

    public boolean surveys(long fieldId) {
        return fields.stream().anyMatch(f -> f.id() == fieldId);
    }
}
