package vn.khaosat.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "rating_level")
class RatingLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scale_id")
    private RatingScale scale;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_vi", nullable = false)
    private String labelVi;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(nullable = false)
    private boolean satisfied;

    protected RatingLevel() {
    }

    TemplateDetail.Level toLevel() {
        return new TemplateDetail.Level(position, labelVi, labelEn, satisfied);
    }
}
