package vn.khaosat.plan;

import java.util.List;
import java.util.Set;

/** What collection needs of a running campaign: its questionnaire, fields and channels. */
public record RunningCampaign(long id, String communeCode, String communeName, int year, TemplateDetail template,
        List<ServiceField> fields, Set<Channel> channels) {

    public boolean surveys(long fieldId) {
        return fields.stream().anyMatch(f -> f.getId() == fieldId);
    }
}
