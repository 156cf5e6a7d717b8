package nl.methodetoets.notification;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import nl.methodetoets.common.DocumentTemplates;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders the Dutch mail texts in {@code templates/mail/} (classpath {@code documents/mail/}) as plain text. A
 * template's first line is the subject, the rest (after one empty line) the body — one file per kind, so the
 * secretariat's wording of a message stays in one place.
 */
@Component
class MailTemplates {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final TemplateEngine engine;

    MailTemplates() {
        this.engine = DocumentTemplates.engine("mail/", ".txt", TemplateMode.TEXT);
    }

    RenderedMail render(MailKind kind, Map<String, Object> variables) {
        String text = engine.process(kind.template(), new Context(DUTCH, variables)).replace("\r\n", "\n");
        int end = text.indexOf('\n');
        if (end < 0 || text.substring(0, end).isBlank()) {
            throw new IllegalStateException("Mail template " + kind.template() + " must start with a subject line");
        }
        return new RenderedMail(text.substring(0, end).strip(), text.substring(end + 1).strip() + "\n");
    }
}
