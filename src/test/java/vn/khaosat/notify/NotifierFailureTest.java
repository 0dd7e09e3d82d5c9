package vn.khaosat.notify;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.alerts.AlertSent;
import vn.khaosat.org.OrgService;

/** A notification that cannot be written never fails the step that raised it. */
class NotifierFailureTest {

    @Test
    void an_alert_whose_mail_cannot_be_written_leaves_the_step_alone() {
        Outbox outbox = mock(Outbox.class);
        when(outbox.mailOn()).thenReturn(true);
        OrgService org = mock(OrgService.class);
        when(org.nameOf(any())).thenReturn("Xã Tây Xuân");
        when(org.membersOf(any())).thenThrow(new IllegalStateException("the unit tree is away"));
        Notifier notifier = new Notifier(outbox, mock(NotificationSettings.class), org, mock(MailTexts.class), null, null,
                null, null, Clock.fixed(java.time.Instant.parse("2024-04-02T02:00:00Z"), java.time.ZoneOffset.UTC), mock(CurrentUser.class));

        assertThatCode(() -> notifier.alertSent(new AlertSent(7, "commune:TX:leader", "alert.report.overdue", null,
                List.of("quý I/2024", "02/04/2024")))).doesNotThrowAnyException();
        verify(outbox, never()).enqueue(any());
    }
}
