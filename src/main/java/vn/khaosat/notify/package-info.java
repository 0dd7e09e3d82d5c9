/**
 * Notifications beyond the inbox: task, deadline and decision mails, written to an outbox in the step's
 * own transaction and sent by a job (retries with backoff, once across nodes), each user's language
 * and opt-outs (profile screen), and the admin's view of what failed. A new channel (Zalo, SMS) is a
 * {@link vn.khaosat.notify.MessageSender}; the workflow does not change.
 */
package vn.khaosat.notify;
