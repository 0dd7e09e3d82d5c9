package vn.khaosat.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.khaosat.base.AbstractEntity;

/** One version (revision) of a questionnaire template. */
@Entity
@Table(name = "survey_template")
class SurveyTemplate extends AbstractEntity {

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false)
    private int revision;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scale_id")
    private RatingScale scale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TemplateStatus status;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TemplateArea> areas = new ArrayList<>();

    protected SurveyTemplate() {
    }

    /** A new draft revision with the same content as {@code source}. */
    static SurveyTemplate draftCopyOf(SurveyTemplate source, int revision) {
        SurveyTemplate copy = new SurveyTemplate();
        copy.code = source.code;
        copy.revision = revision;
        copy.nameVi = source.nameVi;
        copy.nameEn = source.nameEn;
        copy.scale = source.scale;
        copy.status = TemplateStatus.DRAFT;
        for (TemplateArea area : source.areas) {
            copy.areas.add(area.copyInto(copy));
        }
        return copy;
    }

    String getCode() {
        return code;
    }

    TemplateStatus getStatus() {
        return status;
    }

    void setStatus(TemplateStatus status) {
        this.status = status;
    }

    List<TemplateArea> getAreas() {
        return areas;
    }

    TemplateSummary toSummary() {
        int criteria = areas.stream().mapToInt(a -> a.getCriteria().size()).sum();
        return new TemplateSummary(getId(), code, revision, nameVi, nameEn, status, areas.size(), criteria,
                scale.getLevels().size());
    }

    TemplateDetail toDetail() {
        return new TemplateDetail(getId(), getVersion(), code, revision, nameVi, nameEn, status,
                scale.getLevels().stream().map(RatingLevel::toLevel).toList(),
                areas.stream().map(TemplateArea::toArea).toList());
    }
}
