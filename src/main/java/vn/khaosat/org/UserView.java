package vn.khaosat.org;

import java.util.Set;

/** A user account as the administration screen sees it: a value, never the entity (no password hash). */
public record UserView(long id, long version, String username, String fullName, long unitId, String unitCode, String unitName,
        Set<Role> roles, boolean active, String email) {

    public static UserView of(AppUser user) {
        return new UserView(user.getId(), user.getVersion(), user.getUsername(), user.getFullName(),
                user.getUnit().getId(), user.getUnit().getCode(), user.getUnit().getName(), Set.copyOf(user.getRoles()), user.isActive(),
                user.getEmail());
    }
}
