package vn.khaosat.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.khaosat.base.AbstractEntity;

/** A service field (lĩnh vực) of the one-stop: Tư pháp – hộ tịch, Văn hóa – xã hội, … */
@Entity
@Table(name = "service_field")
public class ServiceField extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected ServiceField() {
    }

    ServiceField(String code, String nameVi, String nameEn, int position) {
        this.code = code;
        update(nameVi, nameEn, position, true);
    }

    void update(String nameVi, String nameEn, int position, boolean active) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.position = position;
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
