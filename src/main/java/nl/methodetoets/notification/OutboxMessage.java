package nl.methodetoets.notification;

import java.time.OffsetDateTime;

/**
 * One mail in the outbox, as the administrator sees it.
 *
 * @param eventKey      what happened, e.g. {@code study:<id>:status:SUBMITTED:1}; with the recipient it is unique
 * @param attempts      failed delivery attempts so far
 * @param nextAttemptAt when the dispatcher tries (again); while a send is under way, the end of its lease
 * @param sentAt        when the mail server accepted the mail; {@code null} while unsent
 * @param lastError     why the last attempt failed, if it did
 */
public record OutboxMessage(long id, String eventKey, String recipient, String subject, String body,
                            OffsetDateTime createdAt, int attempts, OffsetDateTime nextAttemptAt,
                            OffsetDateTime sentAt, String lastError) {

    public boolean sent() {
        return sentAt != null;
    }
}
