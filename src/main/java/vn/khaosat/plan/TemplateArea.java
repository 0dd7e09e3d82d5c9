package vn.khaosat.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A content area (nội dung): a group of criteria. */
@Entity
@Table(name = "template_area")
class TemplateArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id")
    private SurveyTemplate template;

    @Column(nullable = false)
    private int position;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TemplateCriterion> criteria = new ArrayList<>();

    protected TemplateArea() {
    }

    TemplateArea copyInto(SurveyTemplate newTemplate) {
        TemplateArea copy = new TemplateArea();
        copy.template = newTemplate;
        copy.position = position;
        copy.nameVi = nameVi;
        copy.nameEn = nameEn;
        for (TemplateCriterion criterion : criteria) {
            copy.criteria.add(criterion.copyInto(copy));
        }
        return copy;
    }

    List<TemplateCriterion> getCriteria() {
        return criteria;
    }

    TemplateDetail.Area toArea() {
        return new TemplateDetail.Area(position, nameVi, nameEn,
                criteria.stream().map(TemplateCriterion::toCriterion).toList());
    }
}
