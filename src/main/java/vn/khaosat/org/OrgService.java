package vn.khaosat.org;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.khaosat.base.AbstractEntity;
import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.UnitNames;

/**
 * The door to org units and users. Reading follows the tenant rule: a commune user sees their own
 * commune, a district reviewer their district and its communes, an admin everything. Only an
 * admin changes units and users; every change is mirrored into Camunda's identity tables.
 */
@Service
@Transactional(readOnly = true)
public class OrgService implements UnitNames {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final OrgUnitRepository units;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CamundaIdentitySync camunda;
    private final CurrentUser currentUser;
    private final long reachKeptNanos;
    /** Kept time is elapsed time, not a date: the engine clock may stand still or jump by days (tests, B4). */
    private LongSupplier nanoTime = System::nanoTime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Reach> reaches = new ConcurrentHashMap<>();
    private final Map<String, Members> members = new ConcurrentHashMap<>();

    OrgService(OrgUnitRepository units, AppUserRepository users, PasswordEncoder passwordEncoder,
            CamundaIdentitySync camunda, CurrentUser currentUser,
            @Value("${app.org.reach-kept-seconds:60}") long reachKeptSeconds) {
        this.units = units;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.camunda = camunda;
        this.currentUser = currentUser;
        this.reachKeptNanos = Duration.ofSeconds(reachKeptSeconds).toNanos();
    }

    /** The unit codes a user may read (all of them for an admin), as the tables said at {@code readAt} ({@link System#nanoTime}). */
    private record Reach(long readAt, boolean everything, Set<String> unitCodes) {
        boolean allows(String code) {
            return everything || unitCodes.contains(code);
        }
    }

    /** A candidate group's active users, as the tables said at {@code readAt} ({@link System#nanoTime}). */
    private record Members(long readAt, List<AppUser> users) {
    }

    // ---- reading, within the caller's reach

    /** The unit the logged-in user belongs to. */
    public OrgUnit currentUnit() {
        return currentAppUser().getUnit();
    }

    /** The codes of the communes within the user's reach, for a screen's choice of commune. */
    public List<String> visibleCommuneCodes() {
        return visibleUnits().stream().filter(u -> u.getType().isCommune()).map(OrgUnit::getCode).toList();
    }

    public List<OrgUnit> visibleUnits() {
        AppUser me = currentAppUser();
        return units.findAllByOrderByCodeAsc().stream().filter(u -> canRead(me, u)).toList();
    }

    /** Where the kept time is counted from: {@link System#nanoTime}, or a test's ticker. */
    void countKeptTimeWith(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Refuses a unit outside the signed-in user's reach (the tenant rule). Every service checks it on
     * every call, so the user's reach is read once and kept: a unit the kept reach lacks is looked up
     * again before refusing (a new commune is seen at once); a withdrawn right (a user deactivated, a
     * commune moved to another district) takes effect at once when made on this node, within
     * {@code app.org.reach-kept-seconds} when made on another.
     */
    public void requireReach(String code) {
        Reach reach = reachFor(code);
        // an admin reaches every unit there is, and only those
        if (!reach.allows(code) || reach.everything() && units.findByCode(code).isEmpty()) {
            throw new AccessDeniedException("unit " + code + " is outside the user's reach");
        }
    }

    /** The signed-in user's kept reach, read again when it is old or lacks the unit. */
    private Reach reachFor(String code) {
        String username = currentUser.requireUsername();
        Reach reach = reaches.get(username);
        long now = nanoTime.getAsLong();
        if (reach == null || isStale(reach.readAt(), now)
                || !reach.allows(code)) {
            reach = readReach(now);
            reaches.put(username, reach);
        }
        return reach;
    }

    private Reach readReach(long now) {
        AppUser me = currentAppUser();
        if (me.getRoles().contains(Role.ADMIN)) {
            return new Reach(now, true, Set.of());
        }
        if (me.getRoles().contains(Role.DISTRICT_REVIEWER)) {
            return new Reach(now, false, units.findAllByOrderByCodeAsc().stream().filter(u -> canRead(me, u))
                    .map(OrgUnit::getCode).collect(Collectors.toUnmodifiableSet()));
        }
        return new Reach(now, false, Set.of(me.getUnit().getCode()));
    }

    /** Whether what was read at {@code readAt} is to be read again: older than the kept time. */
    private boolean isStale(long readAt, long now) {
        return now - readAt > reachKeptNanos;
    }

    /**
     * A change to units or users counts for every user's reach and every group's members once it is
     * committed (not before: a read in between would keep the old ones).
     */
    private void forgetReachesAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reaches.clear();
                members.clear();
            }
        });
    }

    public OrgUnit unit(String code) {
        if (!reachFor(code).allows(code)) {
            throw new AccessDeniedException("unit " + code + " is outside the user's reach");
        }
        return units.findByCode(code).orElseThrow(() -> new AccessDeniedException("no unit " + code));
    }

    public List<AppUser> usersOf(String unitCode) {
        return users.findByUnitOrderByUsernameAsc(unit(unitCode));
    }

    /**
     * The unit by code, without the tenant rule: for the engine's steps (no user) and for names and
     * parents in documents. A caller acting for a user checks access first, e.g. with {@link #unit}.
     */
    public OrgUnit lookupUnit(String code) {
        return units.findByCode(code).orElseThrow(() -> new IllegalArgumentException("no unit " + code));
    }

    /**
     * The active users of a Camunda candidate group ({@link CandidateGroups}), without the tenant rule:
     * for the engine's steps and the notification jobs, which act for no user. Every task the engine
     * creates asks for its group's members (three table reads), so they are kept like a user's reach:
     * a change made on this node counts at once, one made on another within
     * {@code app.org.reach-kept-seconds}. A mail is sent only after the person is read again.
     */
    public List<AppUser> membersOf(String candidateGroup) {
        long now = nanoTime.getAsLong();
        Members kept = members.get(candidateGroup);
        if (kept == null || isStale(kept.readAt(), now)) {
            kept = new Members(now, readMembers(candidateGroup));
            members.put(candidateGroup, kept);
        }
        return kept.users();
    }

    private List<AppUser> readMembers(String candidateGroup) {
        // a unit's group (kind:code:role) is among that unit's users; the admin group among everyone
        String[] parts = candidateGroup.split(":");
        List<AppUser> candidates = parts.length == 3
                ? units.findByCode(parts[1]).map(users::findByUnitOrderByUsernameAsc).orElse(List.of())
                : CandidateGroups.ADMIN.equals(candidateGroup) ? users.findAllByOrderByUsernameAsc() : List.of();
        return candidates.stream()
                .filter(AppUser::isActive)
                .filter(u -> CandidateGroups.ofUser(u).contains(candidateGroup))
                .toList();
    }

    /** The active communes whose parent is the unit, without the tenant rule. */
    public List<OrgUnit> activeCommunesUnder(String unitCode) {
        // the unit's children only: a province of a national deployment has thousands of units
        return units.findByParentCodeOrderByCodeAsc(unitCode).stream().filter(u -> u.getType().isCommune() && u.isActive())
                .toList();
    }

    @Override
    public List<String> communeCodesUnder(String unitCode) {
        return activeCommunesUnder(unitCode).stream().map(OrgUnit::getCode).toList();
    }

    /** The units that are not communes, without the tenant rule (the monthly digest). */
    public List<OrgUnit> parentUnits() {
        return units.findAllByOrderByCodeAsc().stream().filter(u -> !u.getType().isCommune() && u.isActive()).toList();
    }

    /** An active user by name, without the tenant rule (notification jobs). */
    public Optional<AppUser> activeUser(String username) {
        return users.findByUsername(username).filter(AppUser::isActive);
    }

    @Override
    public String nameOf(String unitCode) {
        return units.findByCode(unitCode).map(OrgUnit::getName).orElse(unitCode);
    }

    @Override
    public java.util.Map<String, String> namesOf(java.util.Collection<String> unitCodes) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        unitCodes.forEach(code -> names.put(code, code));
        if (!unitCodes.isEmpty()) {
            units.namesByCode(unitCodes).forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    // ---- administration

    public List<UnitView> allUnits() {
        requireAdmin();
        return units.findAllByOrderByCodeAsc().stream().map(UnitView::of).toList();
    }

    public List<UserView> allUsers() {
        requireAdmin();
        return users.findAllByOrderByUsernameAsc().stream().map(UserView::of).toList();
    }

    @Transactional
    public UnitView saveUnit(UnitDraft draft) {
        requireAdmin();
        forgetReachesAfterCommit();
        String code = OrgValidation.normalizeCode(draft.code());
        OrgUnit existing = draft.id() == null ? null : loadCurrent(units.findById(draft.id()), draft.version());
        OrgUnit parent = draft.parentId() == null ? null : units.findById(draft.parentId()).orElse(null);

        OrgValidation check = new OrgValidation();
        check.unitCode(code, units.findByCode(code), draft.id());
        check.requiredText("name", draft.name(), 200);
        check.required("type", draft.type());
        if (draft.type() != null) {
            boolean needsParent = !draft.type().allowedParents().isEmpty();
            check.check(!needsParent || parent != null, "parent", "validation.parent.required");
            check.check(parent == null || draft.type().allowedParents().contains(parent.getType()), "parent",
                    "validation.parent.type");
        }
        check.check(existing == null || parent == null || !existing.contains(parent), "parent", "validation.parent.cycle");
        if (existing != null && draft.type() != null && draft.type() != existing.getType()) {
            boolean usersStillFit = users.findByUnitOrderByUsernameAsc(existing).stream()
                    .allMatch(u -> u.getRoles().stream().allMatch(r -> r.fits(draft.type())));
            check.check(usersStillFit, "type", "validation.unitType.usersDontFit");
        }
        check.throwIfInvalid();

        OrgUnit unit = existing != null ? existing : new OrgUnit(code, draft.name().strip(), draft.type(), parent);
        unit.update(code, draft.name().strip(), draft.type(), parent, draft.active());
        OrgUnit saved = units.saveAndFlush(unit);
        camunda.syncUnit(saved);
        if (existing != null) {
            // group names of a unit's users follow its code and type
            users.findByUnitOrderByUsernameAsc(saved).forEach(camunda::syncUser);
        }
        return UnitView.of(saved);
    }

    @Transactional
    public UserView saveUser(UserDraft draft) {
        requireAdmin();
        forgetReachesAfterCommit();
        String username = OrgValidation.normalizeUsername(draft.username());
        AppUser existing = draft.id() == null ? null : loadCurrent(users.findById(draft.id()), draft.version());
        OrgUnit unit = draft.unitId() == null ? null : units.findById(draft.unitId()).orElse(null);
        Set<Role> roles = draft.roles() == null ? Set.of() : draft.roles();

        OrgValidation check = new OrgValidation();
        if (existing == null) {
            check.username(username, users.findByUsername(username), null);
            check.password(draft.password());
        }
        check.requiredText("fullName", draft.fullName(), 200);
        String email = OrgValidation.normalizeEmail(draft.email());
        check.email("email", email);
        check.required("unit", unit);
        check.check(!roles.isEmpty(), "roles", "validation.roles.required");
        check.check(unit == null || roles.stream().allMatch(r -> r.fits(unit.getType())), "roles",
                "validation.roles.unit");
        check.throwIfInvalid();

        AppUser user;
        if (existing == null) {
            user = new AppUser(username, draft.fullName().strip(), passwordEncoder.encode(draft.password()), unit, roles);
        } else {
            user = existing;
            user.update(draft.fullName().strip(), unit, roles);
        }
        user.setEmail(email);
        AppUser saved = users.saveAndFlush(user);
        camunda.syncUser(saved);
        return UserView.of(saved);
    }

    @Transactional
    public UserView setUserActive(long userId, long version, boolean active) {
        requireAdmin();
        forgetReachesAfterCommit();
        AppUser user = loadCurrent(users.findById(userId), version);
        if (!active && user.getUsername().equals(currentUser.requireUsername())) {
            throw new InvalidInputException(Map.of("active", "validation.user.deactivateSelf"));
        }
        user.setActive(active);
        AppUser saved = users.saveAndFlush(user);
        camunda.syncUser(saved);
        return UserView.of(saved);
    }

    /** Sets a new random password and returns it, to be shown once to the admin. */
    @Transactional
    public String resetPassword(long userId, long version) {
        requireAdmin();
        AppUser user = loadCurrent(users.findById(userId), version);
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        user.setPasswordHash(passwordEncoder.encode(password));
        users.saveAndFlush(user);
        return password.toString();
    }

    /**
     * The logged-in user changes their own password: the current one is required (a session left open
     * is not enough to take the account), the new one follows the length rule and differs.
     */
    @Transactional
    public void changePassword(String current, String replacement, String confirmation) {
        AppUser me = currentAppUser();
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || !passwordEncoder.matches(current, me.getPasswordHash())) {
            errors.put("current", "validation.password.current");
        }
        if (replacement == null || replacement.length() < OrgValidation.MIN_PASSWORD_LENGTH) {
            errors.put("replacement", "validation.password.short");
        } else if (replacement.length() > 200) {
            errors.put("replacement", "validation.tooLong");
        } else if (replacement.equals(current)) {
            errors.put("replacement", "validation.password.same");
        }
        if (replacement != null && !replacement.equals(confirmation)) {
            errors.put("confirmation", "validation.password.confirm");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        me.setPasswordHash(passwordEncoder.encode(replacement));
        users.saveAndFlush(me);
    }

    // ---- rules

    static boolean canRead(AppUser user, OrgUnit unit) {
        if (user.getRoles().contains(Role.ADMIN)) {
            return true;
        }
        if (user.getRoles().contains(Role.DISTRICT_REVIEWER)) {
            return user.getUnit().contains(unit);
        }
        return user.getUnit().equals(unit);
    }

    /** The signed-in user's address, which only an admin sets. */
    public String myEmail() {
        return currentAppUser().getEmail();
    }

    private AppUser currentAppUser() {
        String username = currentUser.requireUsername();
        return users.findByUsername(username).filter(AppUser::isActive)
                .orElseThrow(() -> new AccessDeniedException("no active user " + username));
    }

    private void requireAdmin() {
        if (!currentAppUser().getRoles().contains(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
    }

    /** The entity as the form loaded it; a newer version means someone else saved in between. */
    private static <T extends AbstractEntity> T loadCurrent(Optional<T> found, long version) {
        T entity = found.orElseThrow(() -> new OptimisticLockingFailureException("deleted meanwhile"));
        entity.requireVersion(version);
        return entity;
    }
}
