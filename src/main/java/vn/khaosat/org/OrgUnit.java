package vn.khaosat.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.khaosat.base.AbstractEntity;

@Entity
@Table(name = "org_unit")
public class OrgUnit extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 20)
    private UnitType type;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(nullable = false)
    private boolean active = true;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, UnitType type, OrgUnit parent) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.parent = parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitType getType() {
        return type;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    void update(String code, String name, UnitType type, OrgUnit parent, boolean active) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.parent = parent;
        this.active = active;
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        for (OrgUnit u = other; u != null; u = u.parent) {
            if (u.equals(this)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
