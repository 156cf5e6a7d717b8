package nl.methodetoets.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox over SMTP, every few seconds, in small batches: claim a due row, send it, mark it sent; on a
 * failure count the attempt, keep the error and try again after an exponential backoff. No transaction is held
 * open while the mail server talks, so a slow server blocks no database connection and no other row.
 *
 * <p>Nothing is sent unless a {@link JavaMailSender} exists, i.e. {@code spring.mail.host} is set; without it the
 * mails stay in the outbox, where an administrator can read them.
 */
@Component
class OutboxDispatcher {
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private final OutboxStore store;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final Backoff backoff;
    private final Clock clock;
    /** Scheduled rounds finished so far: lets a test wait until the dispatcher has moved past a point. */
    private final AtomicLong completedRounds = new AtomicLong();

    OutboxDispatcher(OutboxStore store, ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties,
                     Backoff backoff, Clock clock) {
        this.store = store;
        this.mailSender = mailSender;
        this.properties = properties;
        this.backoff = backoff;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${methodetoets.notification.dispatch-interval:PT2S}",
            fixedDelayString = "${methodetoets.notification.dispatch-interval:PT2S}")
    void dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            dispatch(sender);
        }
        completedRounds.incrementAndGet();
    }

    long completedRounds() {
        return completedRounds.get();
    }

    /** Sends what is due, batch after batch while batches come back full; returns the number of mails sent. */
    int dispatch(JavaMailSender sender) {
        int sent = 0;
        List<OutboxStore.Due> due;
        do {
            due = store.due(OffsetDateTime.now(clock), properties.batchSize());
            for (OutboxStore.Due row : due) {
                // another dispatcher (thread or instance) may have taken the row since we read it
                if (store.claim(row, OffsetDateTime.now(clock).plus(properties.lease())) && deliver(sender, row)) {
                    sent++;
                }
            }
        } while (due.size() == properties.batchSize());
        return sent;
    }

    private boolean deliver(JavaMailSender sender, OutboxStore.Due row) {
        try {
            sender.send(mime -> {
                MimeMessageHelper mail = new MimeMessageHelper(mime, false, "UTF-8");
                mail.setFrom(properties.from());
                mail.setTo(row.recipient());
                mail.setSubject(row.subject());
                mail.setText(row.body(), false);
            });
        } catch (RuntimeException e) {
            int failures = row.attempts() + 1;
            OffsetDateTime next = OffsetDateTime.now(clock).plus(backoff.after(failures));
            store.markFailed(row.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), next);
            log.warn("Mail {} to {} failed ({} attempts), next attempt at {}: {}",
                    row.id(), row.recipient(), failures, next, e.getMessage());
            return false;
        }
        // outside the try: a failure to record success must not count as a failed send (that would resend it);
        // if this update is lost, the row is sent again after its lease: at least once, never silently dropped
        store.markSent(row.id(), OffsetDateTime.now(clock));
        return true;
    }
}
