package vn.khaosat.org;

import java.util.Set;

/**
 * What the user form sends; {@code id} is null for a new user, who also needs a first
 * {@code password}. For an existing user the password is ignored: see {@link OrgService#resetPassword}.
 */
public record UserDraft(Long id, long version, String username, String fullName, Long unitId, Set<Role> roles,
        String password, String email) {

    public UserDraft(Long id, long version, String username, String fullName, Long unitId, Set<Role> roles,
            String password) {
        this(id, version, username, fullName, unitId, roles, password, null);
    }

    public static UserDraft of(UserView user) {
        return new UserDraft(user.id(), user.version(), user.username(), user.fullName(), user.unitId(),
                user.roles(), null, user.email());
    }
}
