package nl.methodetoets.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.methodetoets.common.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders a timeline entry's text from the message bundles: {@code <key>} without remarks, {@code <key>.remarks}
 * (the remarks as last argument) with them. Outside a request (process jobs, mails) the text is Dutch.
 */
@Component
class TimelineNotes {
    private final MessageSource messages;

    TimelineNotes(MessageSource messages) {
        this.messages = messages;
    }

    /** In the language of the current request, Dutch when there is none. */
    String render(String messageKey, List<String> args, String remarks) {
        return render(messageKey, args, remarks, currentLocale());
    }

    String render(String messageKey, List<String> args, String remarks, Locale locale) {
        boolean hasRemarks = remarks != null && !remarks.isBlank();
        if (messageKey == null) {
            return hasRemarks ? remarks : null;
        }
        if (!hasRemarks) {
            return messages.getMessage(messageKey, args.toArray(), locale);
        }
        List<Object> all = new ArrayList<>(args);
        all.add(remarks);
        String plain = messages.getMessage(messageKey, args.toArray(), locale);
        return messages.getMessage(messageKey + ".remarks", all.toArray(), plain + ": " + remarks, locale);
    }

    private static Locale currentLocale() {
        return LocaleContextHolder.getLocaleContext() == null || LocaleContextHolder.getLocaleContext().getLocale() == null
                ? Languages.DUTCH : LocaleContextHolder.getLocale();
    }
}
