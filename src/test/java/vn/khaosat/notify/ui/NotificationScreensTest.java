package vn.khaosat.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import vn.khaosat.KaribuTest;
import vn.khaosat.notify.NotificationKind;

/** The profile screen (each user's mails) and the admin's outbox screen. */
class NotificationScreensTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM notification_setting");
        jdbc.update("DELETE FROM outbox_message");
    }

    @Test
    void a_clerk_sees_the_address_the_admin_set_and_turns_one_kind_of_mail_off_in_english() {
        loginAndOpen("canbo.bd", "profile");
        ProfileView view = _get(ProfileView.class);
        assertThat(view.email.getValue()).isEqualTo("canbo.bd@khaosat.example");
        assertThat(view.email.isReadOnly()).isTrue();
        assertThat(view.language.getValue()).isEqualTo("vi");
        assertThat(view.kinds.getValue()).containsExactlyInAnyOrder(NotificationKind.values());

        // no language: a Vietnamese message, nothing saved
        view.language.clear();
        _click(view.save);
        assertThat(view.language.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_setting", Integer.class)).isZero();
        NotificationsKt.clearNotifications();

        view.language.setValue("en");
        view.kinds.deselect(NotificationKind.DUE_TOMORROW);
        _click(view.save);
        NotificationsKt.expectNotifications("Đã lưu");
        assertThat(jdbc.queryForMap("SELECT language, disabled_kinds FROM notification_setting WHERE username = 'canbo.bd'"))
                .containsEntry("language", "en").containsEntry("disabled_kinds", "DUE_TOMORROW");

        // opened again, the screen shows the choice
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("profile");
        ProfileView again = _get(ProfileView.class);
        assertThat(again.kinds.getValue()).isEqualTo(EnumSet.complementOf(EnumSet.of(NotificationKind.DUE_TOMORROW)));
        assertThat(again.language.getValue()).isEqualTo("en");
    }

    @Test
    void the_admin_sees_a_mail_that_failed_for_good_and_sends_it_again() {
        jdbc.update("INSERT INTO outbox_message (channel, kind, recipient, address, subject, text_body, dedup_key, status, "
                + "attempts, next_attempt_at, last_error, created_at) VALUES ('EMAIL', 'OVERDUE', 'canbo.tx', "
                + "'canbo.tx@khaosat.example', 'Quá hạn: Trả lời góp ý', 'x', 'screen:1', 'FAILED', 7, NOW(), "
                + "'MailSendException: Connection refused', NOW())");
        loginAndOpen("admin", "admin/outbox");
        OutboxView view = _get(OutboxView.class);
        assertThat(view.counts.getText()).isEqualTo("Chờ gửi: 0 · Đã gửi: 0 · Lỗi: 1");
        assertThat(GridKt._size(view.failed)).isEqualTo(1);
        assertThat(GridKt._get(view.failed, 0).lastError()).isEqualTo("MailSendException: Connection refused");

        _click((Button) GridKt._getCellComponent(view.failed, 0, "actions"));
        assertThat(view.counts.getText()).isEqualTo("Chờ gửi: 1 · Đã gửi: 0 · Lỗi: 0");
        assertThat(GridKt._size(view.failed)).isZero();
        assertThat(jdbc.queryForMap("SELECT status, attempts FROM outbox_message"))
                .containsEntry("status", "PENDING").containsEntry("attempts", 0);
    }

    @Test
    void a_clerk_cannot_open_the_outbox() {
        loginAndOpen("canbo.bd", "");
        UI.getCurrent().navigate("admin/outbox");
        // Karibu stands in for the access-denied page and reports it on the next lookup
        assertThatThrownBy(() -> _get(OutboxView.class))
                .hasMessageContaining("Access is denied by annotations on the view");
    }
}
