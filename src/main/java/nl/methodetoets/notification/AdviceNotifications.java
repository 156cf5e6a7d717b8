package nl.methodetoets.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.methodetoets.advice.DraftAdviceRendered;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails about the annual advice: every chair hears that a draft waits for approval. Synchronous, inside the job
 * that rendered the draft; {@code advice:<year>:approval-waiting:<draft>} identifies the event.
 */
@Component
class AdviceNotifications {
    private static final Logger log = LoggerFactory.getLogger(AdviceNotifications.class);
    private final Identity identity;
    private final OutboxWriter outbox;
    private final MessageSource messages;

    AdviceNotifications(Identity identity, OutboxWriter outbox, MessageSource messages) {
        this.identity = identity;
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void draftRendered(DraftAdviceRendered event) {
        List<UserAccount> chairs = identity.users(Role.CHAIR);
        if (chairs.isEmpty()) {
            log.warn("No CHAIR users to tell that draft {} of the advice {} waits", event.draftNumber(), event.year());
        }
        // the advice's own title, as on the PDF; the year as text, never grouped ("2.021")
        String title = messages.getMessage("advice.doc.title", new Object[] {String.valueOf(event.year())},
                Locale.forLanguageTag("nl"));
        for (UserAccount chair : chairs) {
            outbox.write("advice:" + event.year() + ":approval-waiting:" + event.draftNumber(), chair,
                    MailKind.APPROVAL_WAITING, ReviewNotifications.TASKS,
                    Map.of("title", title, "year", String.valueOf(event.year()), "draft", event.draftNumber()));
        }
    }
}
