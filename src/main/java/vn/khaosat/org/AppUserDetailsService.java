package vn.khaosat.org;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final LoginThrottle throttle;

    AppUserDetailsService(AppUserRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(OrgValidation.normalizeUsername(username))
                .map(user -> new AppUserPrincipal(user, throttle.isLocked(user.getUsername())))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
