package vn.khaosat.org;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import vn.khaosat.base.AppPrincipal;
import vn.khaosat.base.CurrentUser;

/** The logged-in user: roles as ROLE_ authorities, Camunda candidate groups as GROUP_ authorities. */
public class AppUserPrincipal extends User implements AppPrincipal {

    private final String displayName;
    private final String unitCode;
    private final String unitName;

    AppUserPrincipal(AppUser user) {
        this(user, false);
    }

    /** @param locked the login is throttled after repeated wrong passwords ({@link LoginThrottle}) */
    AppUserPrincipal(AppUser user, boolean locked) {
        super(user.getUsername(), user.getPasswordHash(), user.isActive() && user.getUnit().isActive(), true, true,
                !locked, authorities(user));
        this.displayName = user.getFullName();
        this.unitCode = user.getUnit().getCode();
        this.unitName = user.getUnit().getName();
    }

    static List<GrantedAuthority> authorities(AppUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.getRoles().forEach(r -> authorities.add(new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + r.name())));
        CandidateGroups.ofUser(user)
                .forEach(g -> authorities.add(new SimpleGrantedAuthority(CurrentUser.GROUP_PREFIX + g)));
        return authorities;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String unitName() {
        return unitName;
    }

    public String unitCode() {
        return unitCode;
    }
}
