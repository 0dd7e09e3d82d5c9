package vn.khaosat.base;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking, read from Spring Security. Roles arrive as {@code ROLE_x} authorities and the
 * user's Camunda candidate groups as {@code GROUP_x} authorities, so the task inbox needs no
 * knowledge of org units.
 */
@Component
public class CurrentUser {

    public static final String ROLE_PREFIX = "ROLE_";
    public static final String GROUP_PREFIX = "GROUP_";

    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    public String requireUsername() {
        return username().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not logged in"));
    }

    public boolean hasRole(String role) {
        return authorities().contains(ROLE_PREFIX + role);
    }

    public List<String> candidateGroups() {
        return authorities().stream()
                .filter(a -> a.startsWith(GROUP_PREFIX))
                .map(a -> a.substring(GROUP_PREFIX.length()))
                .sorted()
                .toList();
    }

    private Set<String> authorities() {
        return authentication()
                .map(a -> a.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}
