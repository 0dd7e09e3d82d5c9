package vn.khaosat.base.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import vn.khaosat.KaribuTest;
import vn.khaosat.Login;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.audit.AuditEntry;
import vn.khaosat.base.audit.AuditService;
import vn.khaosat.collection.DossierService;
import vn.khaosat.org.OrgService;
import vn.khaosat.plan.Channel;

/** Every change is in the audit log with before and after; leaders read their commune's, admins all. */
class AuditIT extends KaribuTest {

    @Autowired
    AuditService audit;
    @Autowired
    DossierService dossiers;
    @Autowired
    OrgService org;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.khaosat.collection.OfficerService officers;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    long field;

    @BeforeEach
    void campaign() {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        field = jdbc.queryForObject("SELECT id FROM service_field WHERE code = 'TP-HT'", Long.class);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM commune_officer WHERE commune_code = 'TX'");
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void a_changed_dossier_count_is_logged_with_who_when_before_and_after_and_read_only_by_its_leader_and_admins() {
        Login.as(userDetailsService, "canbo.tx");
        dossiers.enter(field, 2024, 2, 40);
        dossiers.enter(field, 2024, 2, 45);

        String id = String.valueOf(jdbc.queryForObject("SELECT id FROM dossier_count WHERE commune_code = 'TX' "
                + "AND count_year = 2024 AND count_month = 2 AND field_id = ?", Long.class, field));

        Login.as(userDetailsService, "chutich.tx");
        var entries = audit.search(null, "DossierCount", 2_000).stream().filter(e -> e.entityId().equals(id)).toList();
        assertThat(entries).hasSize(2);
        AuditEntry change = entries.get(0);
        assertThat(change.action()).isEqualTo("UPDATED");
        assertThat(change.doneBy()).isEqualTo("canbo.tx");
        assertThat(change.unitCode()).isEqualTo("TX");
        assertThat(change.doneAt()).isEqualTo(ZonedDateTime.of(2024, 3, 10, 9, 0, 0, 0, AppTime.ZONE).toInstant());
        assertThat(change.before()).contains("dossiers: 40");
        assertThat(change.after()).contains("dossiers: 45").doesNotContain("version");
        assertThat(entries.get(1).action()).isEqualTo("CREATED");
        // the plan that started the campaign is there too, drafted by the staff and approved by the leader
        assertThat(audit.search("TX", "SurveyPlan", 50)).extracting(AuditEntry::doneBy)
                .contains("canbo.tx", "chutich.tx");

        Login.as(userDetailsService, "chutich.bd");
        assertThat(audit.search(null, "DossierCount", 2_000)).noneMatch(e -> "TX".equals(e.unitCode()));
        assertThatThrownBy(() -> audit.search("TX", null, 10)).isInstanceOf(AccessDeniedException.class);
        Login.as(userDetailsService, "canbo.tx");
        assertThatThrownBy(() -> audit.search(null, null, 10)).isInstanceOf(AccessDeniedException.class);
        Login.as(userDetailsService, "admin");
        assertThat(audit.search("TX", "DossierCount", 2_000)).filteredOn(e -> e.entityId().equals(id)).hasSize(2);
    }

    @Test
    void secrets_never_reach_the_log_and_the_leader_reads_it_on_screen() {
        Login.as(userDetailsService, "admin");
        var user = org.allUsers().stream().filter(u -> u.username().equals("canbo.tp")).findFirst().orElseThrow();
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'canbo.tp'", String.class);
        try {
            org.resetPassword(user.id(), user.version());
            assertThat(audit.search(null, "AppUser", 200)).filteredOn(e -> e.entityId().equals(String.valueOf(user.id()))
                    && e.action().equals("UPDATED")).singleElement().satisfies(e -> {
                        assertThat(e.doneBy()).isEqualTo("admin");
                        assertThat(e.after()).startsWith("passwordHash: ••• ");
                        assertThat(e.before() + e.after()).doesNotContain("$2a$", "$2b$", hash);
                    });
        } finally {
            jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = 'canbo.tp'", hash);
        }

        Login.as(userDetailsService, "canbo.tx");
        dossiers.enter(field, 2024, 1, 12);
        loginAndOpen("chutich.tx", "audit");
        AuditView view = _get(AuditView.class);
        assertThat(view.grid.getGenericDataView().getItems()).anyMatch(e -> e.entity().equals("DossierCount")
                && e.after().contains("dossiers: 12"));
        assertThat(view.grid.getGenericDataView().getItems()).allMatch(e -> "TX".equals(e.unitCode()));
    }

    @Test
    void the_screen_pages_through_the_whole_log_and_filters_by_user_and_day_in_vietnam() {
        // 23:30 on 12/03 in Vietnam is 16:30 UTC: the day a user picks is Vietnam's day
        TestClock.set(2024, 3, 12, 23, 30);
        Login.as(userDetailsService, "canbo.tx");
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 620; i++) {
                audit.record("TX", "DossierCount", "p" + i, "UPDATED", "dossiers: " + i, "dossiers: " + (i + 1));
            }
        });
        TestClock.set(2024, 3, 13, 0, 30);
        dossiers.enter(field, 2024, 2, 7);

        loginAndOpen("chutich.tx", "audit");
        AuditView view = _get(AuditView.class);
        view.doneBy.setValue("canbo");
        view.from.setValue(java.time.LocalDate.of(2024, 3, 12));
        view.to.setValue(java.time.LocalDate.of(2024, 3, 12));

        assertThat(GridKt._size(view.grid)).isEqualTo(620);
        assertThat(view.total.getText()).isEqualTo("620 mục");
        assertThat(GridKt._get(view.grid, 0).entityId()).isEqualTo("p619");
        assertThat(GridKt._get(view.grid, 619).entityId()).isEqualTo("p0");

        view.to.setValue(java.time.LocalDate.of(2024, 3, 13));
        assertThat(GridKt._size(view.grid)).isEqualTo(621);
        assertThat(GridKt._get(view.grid, 0).after()).contains("dossiers: 7");
        view.from.setValue(java.time.LocalDate.of(2024, 3, 13));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.doneBy.setValue("chutich");
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.total.getText()).isEqualTo("0 mục");
        // a wildcard is a character, not a pattern
        view.doneBy.setValue("%");
        view.from.clear();
        view.to.clear();
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void a_changed_officer_list_is_logged_once_with_the_list_before_and_after_and_an_unchanged_one_not_at_all() {
        // The suite shares one database: other tests have changed TX's officers too.
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_log", Long.class);
        String listBefore = String.join("\n", officers.officers("TX"));
        Login.as(userDetailsService, "canbo.tx");
        officers.replace("TX", "Nguyễn Văn A\nTrần Thị B");
        officers.replace("TX", "Trần Thị B\n\nLê Văn C");
        officers.replace("TX", "Trần Thị B\nLê Văn C");

        Login.as(userDetailsService, "chutich.tx");
        var entries = audit.search("TX", "CommuneOfficer", 50).stream().filter(e -> e.id() > before).toList();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).doneBy()).isEqualTo("canbo.tx");
        assertThat(entries.get(0).before()).isEqualTo("Nguyễn Văn A\nTrần Thị B");
        assertThat(entries.get(0).after()).isEqualTo("Trần Thị B\nLê Văn C");
        assertThat(entries.get(1).before()).isEqualTo(listBefore);
        assertThat(entries.get(1).after()).isEqualTo("Nguyễn Văn A\nTrần Thị B");
    }
}
