package nl.methodetoets.notification;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification module's API: what is in the e-mail outbox. Mails are written by the module itself, in the
 * transaction of the domain event that causes them, and delivered by its dispatcher; other modules only read.
 */
@Service
@Transactional(readOnly = true)
public class Outbox {
    private final OutboxStore store;
    private final ObjectProvider<JavaMailSender> mailSender;

    Outbox(OutboxStore store, ObjectProvider<JavaMailSender> mailSender) {
        this.store = store;
        this.mailSender = mailSender;
    }

    /** The newest mails first, at most {@code limit}. */
    public List<OutboxMessage> latest(int limit) {
        return store.latest(Math.max(1, limit));
    }

    /** Whether mails leave the application: only when a mail server is configured ({@code spring.mail.host}). */
    public boolean deliveryEnabled() {
        return mailSender.getIfAvailable() != null;
    }
}
