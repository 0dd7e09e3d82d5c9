package vn.khaosat.base;

import org.springframework.dao.OptimisticLockingFailureException;

import java.util.Map;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import vn.khaosat.base.audit.AuditListener;

/** Identity and optimistic locking: a second save from a stale screen fails instead of overwriting. */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** The state as loaded or last saved, for the audit log's "before". */
    @Transient
    private transient Map<String, String> auditState;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Refuses a change made from a stale form: someone else saved this entity since it was loaded. */
    public void requireVersion(long loadedVersion) {
        if (version != loadedVersion) {
            throw new OptimisticLockingFailureException(getClass().getSimpleName() + " " + id + " changed meanwhile");
        }
    }

    /** For {@link AuditListener} only. */
    public Map<String, String> auditState() {
        return auditState;
    }

    public void auditState(Map<String, String> state) {
        this.auditState = state;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || !getClass().equals(other.getClass()) || id == null) {
            return false;
        }
        return id.equals(((AbstractEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
