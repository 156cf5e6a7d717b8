package nl.methodetoets.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
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

    /**
     * Every field's message, for showing beside the fields of a form and in its error summary, each naming its field
     * ("Toelichting: geef een reden voor de afwijzing.", "K3: geef een score voor dit criterium."). The field's name
     * comes from {@code field.<name>}; for a name with a part ({@code scores.K3}) without a label of its own, from
     * {@code field.<first part>} with the rest as {@code {0}}. A field without a label keeps the bare message.
     */
    public Map<String, String> byField(InvalidInputException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(err -> errors.merge(err.field(), named(err, locale), (first, next) -> first + " " + next));
        return errors;
    }

    public String of(InvalidInputException.FieldError error, Locale locale) {
        return text(error.messageKey(), error.args(), locale);
    }

    public String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    private String named(InvalidInputException.FieldError error, Locale locale) {
        String message = of(error, locale);
        String label = label(error.field(), locale);
        if (label == null) {
            return message;
        }
        if (message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1))) {
            message = message.substring(0, 1).toLowerCase(locale) + message.substring(1); // "Geef …" → "geef …", "PDF …" stays
        }
        return label + ": " + message;
    }

    private String label(String field, Locale locale) {
        if (field == null) {
            return null;
        }
        String own = lookup("field." + field, new Object[0], locale);
        int dot = field.indexOf('.');
        if (own != null || dot < 0) {
            return own;
        }
        return lookup("field." + field.substring(0, dot), new Object[] {field.substring(dot + 1)}, locale);
    }

    private String lookup(String key, Object[] args, Locale locale) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }
}
