package vn.khaosat.plan;

/** A template version is edited as DRAFT, offered to new plans when ACTIVE, kept unchanged when RETIRED. */
public enum TemplateStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
