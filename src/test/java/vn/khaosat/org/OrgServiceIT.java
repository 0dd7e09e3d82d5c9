package vn.khaosat.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.AopTestUtils;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestClock;
import vn.khaosat.base.InvalidInputException;

@SpringTest
class OrgServiceIT {

    @Autowired
    OrgService org;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        target().countKeptTimeWith(System::nanoTime);
        Login.as(users, "admin");
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'test.%'");
        jdbc.update("DELETE FROM org_unit WHERE code LIKE 'TEST%'");
        Login.out();
    }

    @Test
    void the_schema_is_migrated_by_flyway_on_mariadb_next_to_camunda_tables() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("mariadb");
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success = 1", String.class))
                .contains("1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_name IN ('ACT_RU_TASK', 'ACT_ID_USER', 'org_unit')",
                Integer.class)).isEqualTo(3);
    }

    @Test
    void a_commune_user_sees_only_their_own_commune() {
        Login.as(users, "canbo.tx");

        assertThat(org.visibleUnits()).extracting(OrgUnit::getCode).containsExactly("TX");
        assertThat(org.usersOf("TX")).extracting(AppUser::getUsername).contains("canbo.tx", "chutich.tx");
        assertThatThrownBy(() -> org.unit("BD")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.usersOf("BD")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.usersOf("TS")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_district_reviewer_sees_the_district_and_its_communes_but_not_the_province() {
        Login.as(users, "noivu.ts");

        assertThat(org.visibleUnits()).extracting(OrgUnit::getCode).containsExactlyInAnyOrder("TS", "TX", "BD", "TP");
        assertThat(org.usersOf("BD")).extracting(AppUser::getUsername).contains("canbo.bd");
        assertThatThrownBy(() -> org.unit("BDI")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_commune_added_to_the_district_is_in_the_reviewers_reach_at_once() {
        Login.as(users, "noivu.ts");
        org.requireReach("TX");
        jdbc.update("INSERT INTO org_unit (code, name, unit_type, parent_id) SELECT 'TEST9', 'Xã Thử Chín', 'XA', id "
                + "FROM org_unit WHERE code = 'TS'");

        org.requireReach("TEST9");
        assertThatThrownBy(() -> org.requireReach("BDI")).isExactlyInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_user_deactivated_by_the_admin_is_refused_at_once() {
        Login.as(users, "canbo.tx");
        org.requireReach("TX");
        Login.as(users, "admin");
        AppUser staff = org.usersOf("TX").stream().filter(u -> u.getUsername().equals("canbo.tx")).findFirst()
                .orElseThrow();
        var deactivated = org.setUserActive(staff.getId(), staff.getVersion(), false);
        try {
            Login.as(users, "canbo.tx");
            assertThatThrownBy(() -> org.requireReach("TX")).isExactlyInstanceOf(AccessDeniedException.class);
        } finally {
            Login.as(users, "admin");
            org.setUserActive(deactivated.id(), deactivated.version(), true);
        }
    }

    @Test
    void a_right_withdrawn_through_another_node_ends_within_the_kept_time() {
        AtomicLong elapsed = countKeptTime();
        Login.as(users, "noivu.ts");
        org.requireReach("TP");
        // another node moves Tây Phú under the province: this node learns it when the reach is read again
        jdbc.update("UPDATE org_unit SET parent_id = (SELECT id FROM (SELECT id FROM org_unit WHERE code = 'BDI') p) "
                + "WHERE code = 'TP'");
        try {
            elapsed.addAndGet(Duration.ofSeconds(59).toNanos());
            org.requireReach("TP");
            elapsed.addAndGet(Duration.ofSeconds(2).toNanos());
            assertThatThrownBy(() -> org.requireReach("TP")).isExactlyInstanceOf(AccessDeniedException.class);
        } finally {
            jdbc.update("UPDATE org_unit SET parent_id = (SELECT id FROM (SELECT id FROM org_unit WHERE code = 'TS') p) "
                    + "WHERE code = 'TP'");
        }
    }

    @Test
    void a_groups_members_change_at_once_through_this_node_and_within_the_kept_time_through_another() {
        AtomicLong elapsed = countKeptTime();
        TestClock.set(2024, 3, 1, 9, 0);
        String staff = CandidateGroups.staff("TX");
        try {
            assertThat(org.membersOf(staff)).extracting(AppUser::getUsername).contains("canbo.tx")
                    .doesNotContain("chutich.tx", "test.staff");
            // another node adds a staff member to the commune: this node reads the group again after the kept time
            jdbc.update("INSERT INTO app_user (username, full_name, password_hash, unit_id) SELECT 'test.staff', "
                    + "'Người Thử', password_hash, unit_id FROM app_user WHERE username = 'canbo.tx'");
            jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'COMMUNE_STAFF' FROM app_user "
                    + "WHERE username = 'test.staff'");
            assertThat(org.membersOf(staff)).extracting(AppUser::getUsername).doesNotContain("test.staff");
            // the kept time is elapsed time: the engine clock moving a day on is no reason to read again
            TestClock.set(2024, 3, 2, 9, 0);
            assertThat(org.membersOf(staff)).extracting(AppUser::getUsername).doesNotContain("test.staff");
            elapsed.addAndGet(Duration.ofSeconds(61).toNanos());
            assertThat(org.membersOf(staff)).extracting(AppUser::getUsername).contains("canbo.tx", "test.staff");

            Login.as(users, "admin");
            AppUser added = org.usersOf("TX").stream().filter(u -> u.getUsername().equals("test.staff")).findFirst()
                    .orElseThrow();
            org.setUserActive(added.getId(), added.getVersion(), false);
            assertThat(org.membersOf(staff)).extracting(AppUser::getUsername).contains("canbo.tx")
                    .doesNotContain("test.staff");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void only_an_admin_changes_units_and_users() {
        Login.as(users, "chutich.tx");

        assertThatThrownBy(() -> org.saveUnit(new UnitDraft(null, 0, "TEST1", "Xã Thử", UnitType.XA, null, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(org::allUsers).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE code = 'TEST1'", Integer.class)).isZero();
    }

    @Test
    void an_invalid_unit_is_refused_with_a_message_per_field_and_nothing_is_saved() {
        Login.as(users, "admin");
        long before = org.allUnits().size();
        OrgUnit province = org.unit("BDI");

        assertThatThrownBy(() -> org.saveUnit(new UnitDraft(null, 0, "tx", " ", UnitType.XA, null, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("code", "validation.unitCode.taken")
                        .containsEntry("name", "validation.required")
                        .containsEntry("parent", "validation.parent.required"));
        assertThatThrownBy(() -> org.saveUnit(new UnitDraft(null, 0, "TEST 1", "Huyện thử", UnitType.HUYEN,
                org.unit("TS").getId(), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("code", "validation.unitCode.format")
                        .containsEntry("parent", "validation.parent.type"));
        assertThatThrownBy(() -> org.saveUnit(new UnitDraft(province.getId(), province.getVersion(), "BDI",
                "Tỉnh Bình Định", UnitType.TINH, org.unit("TX").getId(), true)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(org.allUnits()).hasSize((int) before);
        assertThat(org.unit("BDI").getParent()).isNull();
    }

    @Test
    void a_commune_can_sit_directly_under_a_province() {
        Login.as(users, "admin");

        var commune = org.saveUnit(new UnitDraft(null, 0, "test2", "Phường Thử", UnitType.PHUONG,
                org.unit("BDI").getId(), true));

        assertThat(commune.code()).isEqualTo("TEST2");
        assertThat(commune.parentId()).isEqualTo(org.unit("BDI").getId());
    }

    @Test
    void a_second_save_from_a_stale_form_is_refused_instead_of_overwriting() {
        Login.as(users, "admin");
        var unit = org.saveUnit(new UnitDraft(null, 0, "TEST3", "Xã Thử Ba", UnitType.XA, org.unit("TS").getId(), true));
        UnitDraft loadedByBoth = UnitDraft.of(unit);

        org.saveUnit(new UnitDraft(unit.id(), loadedByBoth.version(), "TEST3", "Xã Thử Ba (sửa 1)", UnitType.XA,
                loadedByBoth.parentId(), true));

        assertThatThrownBy(() -> org.saveUnit(new UnitDraft(unit.id(), loadedByBoth.version(), "TEST3",
                "Xã Thử Ba (sửa 2)", UnitType.XA, loadedByBoth.parentId(), true)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(org.unit("TEST3").getName()).isEqualTo("Xã Thử Ba (sửa 1)");
    }

    @Test
    void a_user_needs_a_free_username_a_long_enough_password_and_roles_that_fit_the_unit() {
        Login.as(users, "admin");
        Long tayXuan = org.unit("TX").getId();

        assertThatThrownBy(() -> org.saveUser(new UserDraft(null, 0, "canbo.tx", "", tayXuan,
                Set.of(Role.DISTRICT_REVIEWER), "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("username", "validation.username.taken")
                        .containsEntry("fullName", "validation.required")
                        .containsEntry("password", "validation.password.short")
                        .containsEntry("roles", "validation.roles.unit"));
        assertThatThrownBy(() -> org.saveUser(new UserDraft(null, 0, "Nguyễn Văn A", "Nguyễn Văn A", tayXuan,
                Set.of(), "12345678")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("username", "validation.username.format")
                        .containsEntry("roles", "validation.roles.required"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE full_name = 'Nguyễn Văn A'", Integer.class))
                .isZero();
    }

    @Test
    void a_locked_user_cannot_log_in_and_a_reset_password_works() {
        Login.as(users, "admin");
        var user = org.saveUser(new UserDraft(null, 0, "Test.Locked", "Người Thử", org.unit("TX").getId(),
                Set.of(Role.COMMUNE_STAFF), "matkhau-123456"));
        assertThat(user.username()).isEqualTo("test.locked");

        var locked = org.setUserActive(user.id(), user.version(), false);
        assertThat(users.loadUserByUsername("test.locked").isEnabled()).isFalse();

        var unlocked = org.setUserActive(locked.id(), locked.version(), true);
        String newPassword = org.resetPassword(unlocked.id(), unlocked.version());
        assertThat(newPassword).hasSize(12);
        var details = users.loadUserByUsername("test.locked");
        assertThat(details.isEnabled()).isTrue();
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .matches(newPassword, details.getPassword())).isTrue();
    }

    /** A ticker for the kept reaches and members, starting where the real one is. */
    private AtomicLong countKeptTime() {
        AtomicLong elapsed = new AtomicLong(System.nanoTime());
        target().countKeptTimeWith(elapsed::get);
        return elapsed;
    }

    private OrgService target() {
        return AopTestUtils.getUltimateTargetObject(org);
    }
}
