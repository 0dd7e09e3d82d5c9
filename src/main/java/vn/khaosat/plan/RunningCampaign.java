package vn.khaosat.plan;

import java.util.List;
import java.util.Set;

/**
 * What collection and aggregation need of a running campaign: its questionnaire, fields, channels and
 * the plan's coverage target (per cent).
 */
public record RunningCampaign(long id, String communeCode, String communeName, int year, TemplateDetail template,
        List<ServiceField> fields, Set<Channel> channels, int coverageTarget) {

    public boolean surveys(long fieldId) {
        return fields.stream().anyMatch(f -> f.getId() == fieldId);
    }
}
