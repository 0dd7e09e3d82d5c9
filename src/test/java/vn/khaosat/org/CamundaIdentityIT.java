package vn.khaosat.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestProcesses;
import vn.khaosat.base.AppTime;

@SpringTest
class CamundaIdentityIT {

    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    OrgService org;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestProcesses processes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamundaIdentityStartup startup;

    @AfterEach
    void cleanUp() {
        processes.deleteAll();
        Login.as(users, "admin");
        org.allUsers().stream().filter(u -> u.username().startsWith("test.")).forEach(u ->
                org.setUserActive(u.id(), u.version(), false));
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'test.%'");
        Login.out();
    }

    @Test
    void camunda_knows_the_demo_users_and_their_unit_groups() {
        assertThat(identity.createUserQuery().list()).extracting(User::getId)
                .contains("admin", "noivu.ts", "canbo.tx", "chutich.tx", "canbo.bd", "chutich.bd");
        assertThat(identity.createGroupQuery().groupMember("canbo.tx").list()).extracting(Group::getId)
                .containsExactly("commune:TX:staff");
        assertThat(identity.createGroupQuery().groupMember("noivu.ts").list()).extracting(Group::getId)
                .containsExactly("district:TS:reviewer");
        assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("admin", "camunda-admin");
        assertThat(identity.createUserQuery().memberOfGroup("commune:BD:leader").list()).extracting(User::getId)
                .containsExactly("chutich.bd");
    }

    @Test
    void a_commune_group_task_reaches_exactly_that_communes_staff() {
        String taskId = processes.startInboxTask("TX", ZonedDateTime.now(AppTime.ZONE).plusDays(3));

        assertThat(tasks.createTaskQuery().taskCandidateUser("canbo.tx").list()).extracting(t -> t.getId()).contains(taskId);
        assertThat(tasks.createTaskQuery().taskCandidateUser("canbo.bd").list()).extracting(t -> t.getId())
                .doesNotContain(taskId);
        assertThat(tasks.createTaskQuery().taskCandidateUser("chutich.tx").list()).extracting(t -> t.getId())
                .doesNotContain(taskId);
    }

    @Test
    void a_new_user_appears_in_camunda_and_a_locked_one_leaves_it() {
        Login.as(users, "admin");
        var user = org.saveUser(new UserDraft(null, 0, "test.sync", "Người Đồng Bộ", org.unit("BD").getId(),
                Set.of(Role.COMMUNE_STAFF, Role.COMMUNE_LEADER), "matkhau-123456"));

        assertThat(identity.createGroupQuery().groupMember("test.sync").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("commune:BD:staff", "commune:BD:leader");

        var moved = org.saveUser(new UserDraft(user.id(), user.version(), "test.sync", "Người Đồng Bộ",
                org.unit("TX").getId(), Set.of(Role.COMMUNE_STAFF), null));
        assertThat(identity.createGroupQuery().groupMember("test.sync").list()).extracting(Group::getId)
                .containsExactly("commune:TX:staff");

        org.setUserActive(moved.id(), moved.version(), false);
        assertThat(identity.createUserQuery().userId("test.sync").count()).isZero();
    }

    @Test
    void two_nodes_starting_together_both_finish_their_sync_and_each_group_exists_once() throws Exception {
        // units added by an import (not through the screens) have no groups yet: both starts write them
        long district = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'TS'", Long.class);
        for (int c = 0; c < 40; c++) {
            jdbc.update("INSERT INTO org_unit (code, name, unit_type, parent_id) VALUES (?, ?, 'XA', ?)",
                    "TQ%02d".formatted(c), "Xã nhập %02d".formatted(c), district);
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch together = new CountDownLatch(1);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                starts.add(nodes.submit(() -> {
                    together.await();
                    startup.run(null);
                    return null;
                }));
            }
            together.countDown();
            for (Future<?> start : starts) {
                start.get(2, TimeUnit.MINUTES);
            }
            for (int c = 0; c < 40; c++) {
                assertThat(identity.createGroupQuery().groupIdIn("commune:TQ%02d:staff".formatted(c),
                        "commune:TQ%02d:leader".formatted(c)).count()).isEqualTo(2);
            }
        } finally {
            nodes.shutdownNow();
            for (int c = 0; c < 40; c++) {
                identity.deleteGroup("commune:TQ%02d:staff".formatted(c));
                identity.deleteGroup("commune:TQ%02d:leader".formatted(c));
            }
            jdbc.update("DELETE FROM org_unit WHERE code LIKE 'TQ%'");
        }
    }
}
