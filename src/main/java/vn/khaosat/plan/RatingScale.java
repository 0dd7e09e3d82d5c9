package vn.khaosat.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** An ordered list of answer levels, each counting as satisfied or not (SPEC §4). Reference data. */
@Entity
@Table(name = "rating_scale")
class RatingScale {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @OneToMany(mappedBy = "scale")
    @OrderBy("position")
    private List<RatingLevel> levels = new ArrayList<>();

    protected RatingScale() {
    }

    List<RatingLevel> getLevels() {
        return levels;
    }

    String getCode() {
        return code;
    }
}
