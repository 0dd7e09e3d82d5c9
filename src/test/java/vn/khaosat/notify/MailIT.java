package vn.khaosat.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestClock;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.alerts.AlertService;
import vn.khaosat.collection.FeedbackProcess;
import vn.khaosat.collection.FeedbackService;
import vn.khaosat.collection.FeedbackSource;
import vn.khaosat.org.CandidateGroups;

/**
 * Mails through a real SMTP server in the test (GreenMail on the port the test profile gives Spring):
 * what a clerk receives for new tasks, deadlines and escalations, in their language, once; and the
 * outbox across an outage and with two senders.
 */
@SpringTest
class MailIT {

    /** A Friday: a feedback item's answer is due ten working days later, Friday 29 March 17:00. */
    static final ZonedDateTime FRIDAY = ZonedDateTime.of(2024, 3, 15, 9, 0, 0, 0, AppTime.ZONE);

    @Autowired
    Notifier notifier;
    @Autowired
    Outbox outbox;
    @Autowired
    NotificationSettings settings;
    @Autowired
    FeedbackService feedback;
    @Autowired
    AlertService alerts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    GreenMail smtp;

    @BeforeEach
    void freshOutboxAndServer() {
        clearOutbox();
        TestClock.set(FRIDAY);
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    @AfterEach
    void cleanUp() {
        smtp.stop();
        runtime.createProcessInstanceQuery().processDefinitionKey(FeedbackProcess.KEY).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
        jdbc.update("DELETE FROM feedback_item");
        // the alerts sent here would otherwise be counted by the next class's exact assertions (ReportProcessIT)
        jdbc.update("DELETE FROM alert");
        clearOutbox();
        ClockUtil.reset();
        Login.out();
    }

    private void clearOutbox() {
        jdbc.update("DELETE FROM outbox_message");
        jdbc.update("DELETE FROM task_notice");
        jdbc.update("DELETE FROM notification_setting");
    }

    @Test
    void new_tasks_reach_each_person_in_one_mail_an_hour_with_links_in_their_language() throws Exception {
        Login.as(users, "canbo.tx");
        String first = handleTask(feedback.record(FeedbackSource.SUGGESTION_BOX, "Phòng chờ thiếu ghế", null).trackingCode());

        assertThat(notifier.gatherNewTasks()).isEqualTo(1);
        assertThat(outbox.dispatch("test")).isEqualTo(1);
        MimeMessage mail = only(smtp.getReceivedMessages());
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("canbo.tx@khaosat.example");
        assertThat(mail.getSubject()).isEqualTo("[Khảo sát hài lòng] 1 việc mới — Xã Tây Xuân");
        String text = part(mail, "text/plain");
        assertThat(text).contains("Kính gửi Nguyễn Thị Lan,", "Trả lời góp ý — Xã Tây Xuân",
                "hạn 29/03/2024 17:00", "http://localhost:8080/feedback-handle/" + first);
        assertThat(part(mail, "text/html")).contains("<a href=\"http://localhost:8080/feedback-handle/" + first + "\">",
                "<a href=\"http://localhost:8080/profile\">");

        // two more tasks ten minutes later wait for the hour to pass, then come in one mail, now in English
        TestClock.set(FRIDAY.plusMinutes(10));
        String second = handleTask(feedback.record(FeedbackSource.IN_PERSON, "Thiếu nước uống", null).trackingCode());
        String third = handleTask(feedback.record(FeedbackSource.IN_PERSON, "Bãi xe chật", null).trackingCode());
        settings.saveMine("en", EnumSet.allOf(NotificationKind.class));
        assertThat(notifier.gatherNewTasks()).isZero();
        TestClock.set(FRIDAY.plusMinutes(59));
        assertThat(notifier.gatherNewTasks()).isZero();
        TestClock.set(FRIDAY.plusMinutes(61));
        assertThat(notifier.gatherNewTasks()).isEqualTo(1);
        assertThat(notifier.gatherNewTasks()).isZero();
        assertThat(outbox.dispatch("test")).isEqualTo(1);
        MimeMessage second_ = smtp.getReceivedMessages()[1];
        assertThat(second_.getSubject()).isEqualTo("[Satisfaction surveys] 2 new task(s) — Xã Tây Xuân");
        assertThat(part(second_, "text/plain")).contains("Dear Nguyễn Thị Lan,", "/feedback-handle/" + second,
                "/feedback-handle/" + third).doesNotContain("/feedback-handle/" + first);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void a_task_given_to_someone_by_someone_else_reaches_them_a_claim_does_not() {
        Login.as(users, "canbo.tx");
        String task = handleTask(feedback.record(FeedbackSource.SUGGESTION_BOX, "Thiếu ghế", null).trackingCode());
        jdbc.update("DELETE FROM task_notice");
        tasks.claim(task, "canbo.tx");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_notice", Integer.class)).as("one's own claim").isZero();
        tasks.setAssignee(task, null);

        Login.as(users, "chutich.tx");
        tasks.setAssignee(task, "canbo.tx");
        assertThat(jdbc.queryForList("SELECT username FROM task_notice WHERE task_id = ?", String.class, task))
                .containsExactly("canbo.tx");
        assertThat(notifier.gatherNewTasks()).isEqualTo(1);
        assertThat(kindsOf("canbo.tx")).containsExactly("NEW_TASKS");
    }

    @Test
    void deadlines_are_mailed_once_per_due_date_and_escalations_reach_the_leader_only() throws Exception {
        Login.as(users, "canbo.tx");
        String tracking = feedback.record(FeedbackSource.SUGGESTION_BOX, "Phòng chờ nóng", null).trackingCode();
        jdbc.update("DELETE FROM task_notice");

        // the reminder timer (27/03 08:00) raises an alert that is also a mail: the answer is due
        TestClock.set(2024, 3, 27, 8, 1);
        Job reminder = management.createJobQuery().processInstanceId(processOf(tracking)).timers().singleResult();
        management.executeJob(reminder.getId());
        assertThat(kindsOf("canbo.tx")).containsExactly("FEEDBACK_DUE");

        TestClock.set(2024, 3, 28, 10, 0);
        assertThat(notifier.scanDeadlines()).isEqualTo(1);
        assertThat(notifier.scanDeadlines()).isZero();
        TestClock.set(2024, 3, 29, 17, 30);
        assertThat(notifier.scanDeadlines()).isEqualTo(1);
        TestClock.set(2024, 3, 30, 9, 0);
        assertThat(notifier.scanDeadlines()).isZero();
        assertThat(kindsOf("canbo.tx")).containsExactly("FEEDBACK_DUE", "DUE_TOMORROW", "OVERDUE");

        alerts.send(CandidateGroups.leader("TX"), "alert.report.overdue", null, "quý I/2024", "02/04/2024");
        assertThat(kindsOf("chutich.tx")).containsExactly("ESCALATION");
        assertThat(kindsOf("canbo.tx")).hasSize(3);
        // a reminder alert is not mailed: the due-tomorrow mail says it
        alerts.send(CandidateGroups.staff("TX"), "alert.report.dueSoon", null, "quý I/2024", "02/04/2024");
        assertThat(kindsOf("canbo.tx")).hasSize(3);

        // the chairman turns escalations off: the next one stays in the inbox only
        Login.as(users, "chutich.tx");
        Set<NotificationKind> allButEscalations = EnumSet.complementOf(EnumSet.of(NotificationKind.ESCALATION));
        settings.saveMine("vi", allButEscalations);
        alerts.send(CandidateGroups.leader("TX"), "alert.cycle.approvalOverdue", null, "28/03/2024");
        assertThat(kindsOf("chutich.tx")).containsExactly("ESCALATION");

        assertThat(outbox.dispatch("test")).isEqualTo(4);
        List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(MailIT::subject).toList();
        assertThat(subjects).containsExactlyInAnyOrder(
                "[Khảo sát hài lòng] Góp ý sắp đến hạn trả lời — Xã Tây Xuân: Nhắc việc: góp ý mã " + tracking
                        + " cần được trả lời trước ngày 29/03/2024.",
                "[Khảo sát hài lòng] Hạn ngày mai: Trả lời góp ý — Xã Tây Xuân",
                "[Khảo sát hài lòng] Quá hạn: Trả lời góp ý — Xã Tây Xuân",
                "[Khảo sát hài lòng] Việc quá hạn cần lãnh đạo chỉ đạo — Xã Tây Xuân: Quá hạn: báo cáo kết quả quý I/2024 "
                        + "chưa được gửi cấp trên (hạn 02/04/2024).");
    }

    @Test
    void a_step_that_rolls_back_takes_its_mail_with_it() {
        try {
            transaction.executeWithoutResult(status -> {
                alerts.send(CandidateGroups.leader("TX"), "alert.report.overdue", null, "quý I/2024", "02/04/2024");
                assertThat(kindsOf("chutich.tx")).containsExactly("ESCALATION");
                throw new IllegalStateException("the step fails after its alert");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the step fails after its alert");
        }
        assertThat(kindsOf("chutich.tx")).isEmpty();
    }

    @Test
    void a_mail_server_outage_delays_mails_without_blocking_a_step_losing_or_doubling_a_mail() throws Exception {
        smtp.stop();
        Login.as(users, "canbo.tx");
        String tracking = feedback.record(FeedbackSource.SUGGESTION_BOX, "Máy lấy số hỏng", null).trackingCode();
        assertThat(handleTask(tracking)).isNotNull();
        assertThat(notifier.gatherNewTasks()).isEqualTo(1);

        assertThat(outbox.dispatch("test")).isZero();
        assertThat(jdbc.queryForMap("SELECT status, attempts FROM outbox_message"))
                .containsEntry("status", "PENDING").containsEntry("attempts", 1);

        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        assertThat(outbox.dispatch("test")).as("the next attempt waits a minute").isZero();
        TestClock.set(FRIDAY.plusMinutes(2));
        assertThat(outbox.dispatch("test")).isEqualTo(1);
        assertThat(outbox.dispatch("test")).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForMap("SELECT status, attempts FROM outbox_message"))
                .containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    @Test
    void a_mail_that_keeps_failing_is_listed_for_the_admin_who_sends_it_again() throws Exception {
        smtp.stop();
        outbox.enqueue(new MessageDraft(NotificationKind.OVERDUE, "canbo.tx", "canbo.tx@khaosat.example", "Thử",
                "Nội dung", null, null, "test:failing"));
        ZonedDateTime now = FRIDAY;
        for (int attempt = 1; attempt <= Outbox.BACKOFF.size() + 1; attempt++) {
            assertThat(outbox.dispatch("test")).isZero();
            assertThat(jdbc.queryForObject("SELECT attempts FROM outbox_message", Integer.class)).isEqualTo(attempt);
            now = now.plusHours(13);
            TestClock.set(now);
        }
        assertThat(jdbc.queryForObject("SELECT status FROM outbox_message", String.class)).isEqualTo("FAILED");
        assertThat(outbox.dispatch("test")).as("nothing retried after the last attempt").isZero();

        Login.as(users, "admin");
        List<OutboxEntry> failed = outbox.failed();
        assertThat(failed).extracting(OutboxEntry::subject).containsExactly("Thử");
        assertThat(failed.get(0).lastError()).contains("MailSendException");
        assertThat(outbox.counts()).containsEntry(Outbox.FAILED, 1L);

        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        outbox.retry(failed.get(0).id());
        assertThat(outbox.dispatch("test")).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox.failed()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity = 'OutboxMessage' AND action = 'RETRIED' "
                + "AND entity_id = ?", Integer.class, String.valueOf(failed.get(0).id()))).isEqualTo(1);
    }

    @Test
    void two_senders_at_once_send_each_message_exactly_once() throws Exception {
        int messages = 60;
        for (int i = 0; i < messages; i++) {
            outbox.enqueue(new MessageDraft(NotificationKind.NEW_TASKS, "canbo.tx", "canbo.tx@khaosat.example",
                    "Thư " + i, "Nội dung " + i, null, null, "test:two-nodes:" + i));
        }
        assertThat(outbox.enqueue(new MessageDraft(NotificationKind.NEW_TASKS, "canbo.tx", "canbo.tx@khaosat.example",
                "Thư 0", "Nội dung 0", null, null, "test:two-nodes:0"))).as("the same event twice").isFalse();

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> sent = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            sent.add(nodes.submit(() -> {
                start.await();
                return outbox.dispatch(node);
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : sent) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        nodes.shutdown();

        assertThat(total).isEqualTo(messages);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(messages);
        Set<String> ids = Arrays.stream(received).map(m -> header(m, "X-Khaosat-Outbox-Id")).collect(Collectors.toSet());
        assertThat(ids).hasSize(messages);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT' AND attempts = 1",
                Integer.class)).isEqualTo(messages);
    }

    @Test
    void two_nodes_gathering_new_tasks_at_once_queue_one_mail_per_person() throws Exception {
        Login.as(users, "canbo.tx");
        feedback.record(FeedbackSource.SUGGESTION_BOX, "Thiếu bút viết", null);
        feedback.record(FeedbackSource.SUGGESTION_BOX, "Thiếu quạt", null);
        Login.out();

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> queued = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            queued.add(nodes.submit(() -> {
                start.await();
                return notifier.gatherNewTasks();
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : queued) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        nodes.shutdown();
        assertThat(total).isEqualTo(1);
        assertThat(kindsOf("canbo.tx")).containsExactly("NEW_TASKS");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_notice", Integer.class)).isZero();
    }

    // ---- helpers

    private List<String> kindsOf(String username) {
        return jdbc.queryForList("SELECT kind FROM outbox_message WHERE recipient = ? ORDER BY id", String.class, username);
    }

    private String processOf(String trackingCode) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("feedback-" + trackingCode)
                .singleResult().getId();
    }

    private String handleTask(String trackingCode) {
        return tasks.createTaskQuery().processInstanceId(processOf(trackingCode)).singleResult().getId();
    }

    private static MimeMessage only(MimeMessage[] received) {
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(Message message, String name) {
        try {
            return message.getHeader(name)[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String part(MimeMessage mail, String type) throws Exception {
        return Mails.part(mail, type);
    }
}
