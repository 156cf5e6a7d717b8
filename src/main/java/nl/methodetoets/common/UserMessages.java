package nl.methodetoets.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words a {@link DomainException} in the user's language, for the pages that show it (the API has problem details). */
@Component
public class UserMessages {
    private final MessageSource messages;

    UserMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** One line for the user; for invalid input the first field's message, which says more than "not valid". */
    public String of(DomainException e, Locale locale) {
        if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            return of(invalid.errors().get(0), locale);
        }
        return text(e.messageKey(), e.args(), locale);
    }

    /** Every field's message, for showing beside the fields of a form. */
    public Map<String, String> byField(InvalidInputException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(err -> errors.put(err.field(), of(err, locale)));
        return errors;
    }

    public String of(InvalidInputException.FieldError error, Locale locale) {
        return text(error.messageKey(), error.args(), locale);
    }

    public String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
