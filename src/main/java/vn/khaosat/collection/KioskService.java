package vn.khaosat.collection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.DbTime;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.org.OrgService;
import vn.khaosat.org.OrgUnit;

/**
 * Kiosk devices. Commune staff (or an admin) register a kiosk and see its secret token once; the
 * kiosk page works only with a token that is registered and not revoked.
 */
@Service
@Transactional(readOnly = true)
public class KioskService {

    /** The token as the kiosk page's address carries it, and its owner. */
    public record RegisteredKiosk(KioskView kiosk, String token) {
    }

    /** Who a valid token belongs to. */
    public record KioskIdentity(long kioskId, String communeCode) {
    }

    private final KioskRepository kiosks;
    private final OrgService org;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    KioskService(KioskRepository kiosks, OrgService org, CurrentUser currentUser, Clock clock, JdbcTemplate jdbc) {
        this.kiosks = kiosks;
        this.jdbc = jdbc;
        this.org = org;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The kiosks of the communes within the user's reach. */
    public List<KioskView> kiosks() {
        List<String> communes = org.visibleUnits().stream().filter(u -> u.getType().isCommune()).map(OrgUnit::getCode)
                .toList();
        return kiosks.findByCommuneCodeInOrderByCommuneCodeAscIdAsc(communes).stream().map(Kiosk::toView).toList();
    }

    @Transactional
    public RegisteredKiosk register(String communeCode, String name) {
        requireManager(communeCode);
        String kioskName = InvalidInputException.requireText(name, "name", "validation.required", 100);
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Kiosk kiosk = kiosks.saveAndFlush(new Kiosk(communeCode, kioskName, hash(token),
                currentUser.requireUsername(), clock.instant()));
        return new RegisteredKiosk(kiosk.toView(), token);
    }

    @Transactional
    public KioskView revoke(long kioskId, long version) {
        Kiosk kiosk = kiosks.findById(kioskId).orElseThrow(() -> new AccessDeniedException("no kiosk " + kioskId));
        requireManager(kiosk.getCommuneCode());
        kiosk.requireVersion(version);
        kiosk.revoke(currentUser.requireUsername(), clock.instant());
        return kiosks.saveAndFlush(kiosk).toView();
    }

    /**
     * The kiosk a token belongs to, if it is registered and not revoked. Every kiosk submission
     * asks this: one indexed SQL read (a JPA query cost a fifth of the request's CPU in B1), and
     * no cache, so a revocation holds on every node at once.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<KioskIdentity> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, commune_code FROM kiosk WHERE token_hash = ? AND revoked_at IS NULL",
                (rs, row) -> new KioskIdentity(rs.getLong(1), rs.getString(2)), hash(token)).stream().findFirst();
    }

    /** A kiosk sent a queued rating: when, and how far its clock was from the server's. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void seen(long kioskId, java.time.Instant at, java.time.Duration clockSkew) {
        jdbc.update("UPDATE kiosk SET last_seen_at = ?, clock_skew_seconds = ? WHERE id = ?",
                DbTime.utc(at), clockSkew.toSeconds(), kioskId);
    }

    private void requireManager(String communeCode) {
        OrgUnit unit = org.unit(communeCode);
        boolean admin = currentUser.hasRole("ADMIN");
        boolean staffOfCommune = currentUser.hasRole("COMMUNE_STAFF") && org.currentUnit().equals(unit);
        if (!unit.getType().isCommune() || !(admin || staffOfCommune)) {
            throw new AccessDeniedException("only the commune's staff or an admin manage its kiosks");
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
