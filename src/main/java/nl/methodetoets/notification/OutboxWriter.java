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
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a mail for one recipient and puts it in the outbox, inside the caller's transaction: the mail exists
 * exactly when the change that caused it was committed. Links start with {@code methodetoets.base-url}; when that
 * is not set they point at {@code http://localhost:<port>}, the port the app actually runs on (known once the web
 * server has started; {@code server.port} until then).
 */
@Component
class OutboxWriter {
    private static final Logger log = LoggerFactory.getLogger(OutboxWriter.class);
    private final MailTemplates templates;
    private final OutboxStore store;
    private final String configuredBaseUrl;
    private final Clock clock;
    private volatile int port;

    OutboxWriter(MailTemplates templates, OutboxStore store, @Value("${methodetoets.base-url:}") String baseUrl,
                 @Value("${server.port:8080}") int port, Clock clock) {
        this.templates = templates;
        this.store = store;
        this.configuredBaseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        this.port = port;
        this.clock = clock;
    }

    @EventListener
    void webServerStarted(WebServerInitializedEvent event) {
        if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    /** The start of every link in a mail, without a trailing slash. */
    String baseUrl() {
        return configuredBaseUrl.isEmpty() ? "http://localhost:" + port : configuredBaseUrl;
    }

    /** {@code variables} come on top of {@code name}, {@code title} and {@code link}, which every template gets. */
    void write(String eventKey, UserAccount recipient, MailKind kind, Study study, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("title", study.title());
        write(eventKey, recipient, kind, "/studies/" + study.id(), all);
    }

    /**
     * A mail not about one study's page: {@code path} (from the root, e.g. {@code /} for the task list) becomes
     * {@code link}; {@code variables} come on top of {@code name}.
     */
    void write(String eventKey, UserAccount recipient, MailKind kind, String path, Map<String, Object> variables) {
        if (recipient.email() == null || recipient.email().isBlank()) {
            // e.g. an account made in Camunda Admin without an address; the event itself must still go through
            log.warn("No e-mail address for user {}: {} mail for {} not written", recipient.id(), kind, eventKey);
            return;
        }
        Map<String, Object> all = new HashMap<>(variables);
        all.put("name", recipient.name() == null || recipient.name().isBlank() ? recipient.id() : recipient.name());
        all.put("link", baseUrl() + path);
        boolean added = store.add(eventKey, recipient.email(), templates.render(kind, all), OffsetDateTime.now(clock));
        if (!added) {
            log.debug("Outbox already holds {} for {}", eventKey, recipient.email());
        }
    }
}
