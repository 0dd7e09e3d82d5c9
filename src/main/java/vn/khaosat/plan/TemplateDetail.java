package vn.khaosat.plan;

import java.util.List;

/** A template version with its scale, areas and criteria: what questionnaires and documents are built from. */
public record TemplateDetail(long id, long version, String code, int revision, String nameVi, String nameEn,
        TemplateStatus status, List<Level> levels, List<Area> areas) {

    public record Level(int position, String labelVi, String labelEn, boolean satisfied) {
    }

    public record Area(int position, String nameVi, String nameEn, List<Criterion> criteria) {
    }

    public record Criterion(long id, int position, String textVi, String textEn, boolean optional) {
    }

    public List<Criterion> criteria() {
        return areas.stream().flatMap(a -> a.criteria().stream()).toList();
    }
}
