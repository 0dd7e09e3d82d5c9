package vn.khaosat.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A criterion (tiêu chí); an optional one is asked only of some respondents. */
@Entity
@Table(name = "template_criterion")
class TemplateCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "area_id")
    private TemplateArea area;

    @Column(nullable = false)
    private int position;

    @Column(name = "text_vi", nullable = false, length = 500)
    private String textVi;

    @Column(name = "text_en", nullable = false, length = 500)
    private String textEn;

    @Column(nullable = false)
    private boolean optional;

    protected TemplateCriterion() {
    }

    TemplateCriterion copyInto(TemplateArea newArea) {
        TemplateCriterion copy = new TemplateCriterion();
        copy.area = newArea;
        copy.position = position;
        copy.textVi = textVi;
        copy.textEn = textEn;
        copy.optional = optional;
        return copy;
    }

    Long getId() {
        return id;
    }

    void update(String textVi, String textEn, boolean optional) {
        this.textVi = textVi;
        this.textEn = textEn;
        this.optional = optional;
    }

    TemplateDetail.Criterion toCriterion() {
        return new TemplateDetail.Criterion(id, position, textVi, textEn, optional);
    }
}
