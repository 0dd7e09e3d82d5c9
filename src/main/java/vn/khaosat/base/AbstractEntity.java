package vn.khaosat.base;

import org.springframework.dao.OptimisticLockingFailureException;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Identity and optimistic locking: a second save from a stale screen fails instead of overwriting. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

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
