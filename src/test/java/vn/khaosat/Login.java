package vn.khaosat;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;

/** Logs a demo user in for service and Karibu tests, as the login form would. */
public final class Login {

    private Login() {
    }

    public static UserDetails as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current != null && current.getRequest() instanceof FakeRequest request) {
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        }
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
