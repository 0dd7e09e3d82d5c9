package vn.khaosat.org;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Soft lockout against password guessing (ASVS 2.2.1): after {@link #MAX_FAILURES} wrong passwords in a
 * row a username is locked for {@link #LOCK}; the lock is checked before the password, so guessing
 * during it learns nothing. Unknown usernames are counted too, so the answer never tells whether an
 * account exists. Kept per node in memory: a restart or another node starts afresh, which is
 * acceptable for throttling.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private record Attempts(int failures, Instant lockedUntil) {
    }

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Attempts a = attempts.get(key(username));
        return a != null && a.lockedUntil() != null && clock.instant().isBefore(a.lockedUntil());
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        attempts.compute(key(event.getAuthentication().getName()), (k, a) -> {
            int failures = (a == null || (a.lockedUntil() != null && !clock.instant().isBefore(a.lockedUntil())))
                    ? 1 : a.failures() + 1;
            return new Attempts(failures, failures >= MAX_FAILURES ? clock.instant().plus(LOCK) : null);
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        attempts.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
