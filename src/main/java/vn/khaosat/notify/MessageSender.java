package vn.khaosat.notify;

/**
 * Delivers outbox messages of one channel. Email is the first; a Zalo Official Account or SMS sender
 * is another bean of this type, and the outbox does the rest (claiming, retries, the failed list).
 */
public interface MessageSender {

    /** The outbox's channel column this sender takes, e.g. {@code EMAIL}. */
    String channel();

    /** Whether the channel is configured; messages are only queued for a channel that is. */
    boolean available();

    /** Sends one message; any exception counts as a failed attempt, retried later. */
    void send(OutboxEntry message) throws Exception;
}
