package vn.khaosat.plan;

/** A template version as lists show it. */
public record TemplateSummary(long id, String code, int revision, String nameVi, String nameEn, TemplateStatus status,
        int areaCount, int criterionCount, int levelCount) {

    public String label() {
        return nameVi + " (" + code + " v" + revision + ")";
    }
}
