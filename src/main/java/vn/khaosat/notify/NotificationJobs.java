package vn.khaosat.notify;

import java.net.InetAddress;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The notification jobs on a timer of their own (not the engine's job executor: a mail server's
 * time-outs must not hold the executor's threads). Each step guards against the others failing; the
 * tests call the steps themselves with the clock where they want it.
 */
@Component
@ConditionalOnProperty(name = "app.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class NotificationJobs {

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final Notifier notifier;
    private final Outbox outbox;
    private final String node;

    NotificationJobs(Notifier notifier, Outbox outbox) {
        this.notifier = notifier;
        this.outbox = outbox;
        this.node = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(initialDelayString = "${app.notify.initial-delay:PT30S}", fixedDelayString = "${app.notify.interval:PT1M}")
    void run() {
        if (!outbox.mailOn()) {
            return;
        }
        try {
            notifier.gatherNewTasks();
            notifier.scanDeadlines();
        } catch (RuntimeException e) {
            log.warn("Notifications: gathering failed, next round in a minute", e);
        }
        try {
            outbox.dispatch(node);
        } catch (RuntimeException e) {
            log.warn("Notifications: sending failed, next round in a minute", e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}
