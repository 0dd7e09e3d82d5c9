package vn.khaosat.plan;

import java.time.Instant;
import java.util.List;

/** A plan as screens and the document show it. */
public record PlanView(
        long id,
        long version,
        String communeCode,
        String communeName,
        String parentName,
        int year,
        PlanStatus status,
        String returnComment,
        PlanContent content,
        TemplateSummary template,
        List<FieldView> fields,
        Instant issuedAt) {

    public List<Publication> calendar() {
        return PublicationCalendar.of(year, content.cutOffDay());
    }
}
