package nl.methodetoets.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.Study;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a mail for one recipient and puts it in the outbox, inside the caller's transaction: the mail exists
 * exactly when the change that caused it was committed.
 */
@Component
class OutboxWriter {
    private static final Logger log = LoggerFactory.getLogger(OutboxWriter.class);
    private final MailTemplates templates;
    private final OutboxStore store;
    private final String baseUrl;
    private final Clock clock;

    OutboxWriter(MailTemplates templates, OutboxStore store,
                 @Value("${methodetoets.base-url:http://localhost:8080}") String baseUrl, Clock clock) {
        this.templates = templates;
        this.store = store;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    /** {@code variables} come on top of {@code name}, {@code title} and {@code link}, which every template gets. */
    void write(String eventKey, UserAccount recipient, MailKind kind, Study study, Map<String, Object> variables) {
        if (recipient.email() == null || recipient.email().isBlank()) {
            // e.g. an account made in Camunda Admin without an address; the event itself must still go through
            log.warn("No e-mail address for user {}: {} mail for {} not written", recipient.id(), kind, eventKey);
            return;
        }
        Map<String, Object> all = new HashMap<>(variables);
        all.put("name", recipient.name() == null || recipient.name().isBlank() ? recipient.id() : recipient.name());
        all.put("title", study.title());
        all.put("link", baseUrl + "/studies/" + study.id());
        boolean added = store.add(eventKey, recipient.email(), templates.render(kind, all), OffsetDateTime.now(clock));
        if (!added) {
            log.debug("Outbox already holds {} for {}", eventKey, recipient.email());
        }
    }
}
