package nl.methodetoets.web;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What the user sent with a form that failed validation, so the form comes back exactly as it was: the chosen
 * decision, the typed scores and texts, the ticked boxes. Empty on a first visit, where each field shows its
 * default. Templates ask {@code sent.value('remarks', form.remarks)}, {@code sent.is('decision', 'ACCEPT', false)}.
 */
@NamedInterface("tasks")
public final class SentForm {
    /**
     * Flash attributes of a task form that failed validation and comes back on a page after a redirect (the intake
     * queue, the task page after the completion's upload): the task's id, the errors by field, what was sent
     * (a {@link MultiValueMap}).
     */
    public static final String FAILED_TASK = "failedTask";
    public static final String FAILED_ERRORS = "failedErrors";
    public static final String FAILED_SENT = "failedSent";
    private static final SentForm NONE = new SentForm(new LinkedMultiValueMap<>());
    private final MultiValueMap<String, String> values;

    private SentForm(MultiValueMap<String, String> values) {
        this.values = values;
    }

    public static SentForm none() {
        return NONE;
    }

    public static SentForm of(MultiValueMap<String, String> values) {
        return new SentForm(values == null ? new LinkedMultiValueMap<>() : values);
    }

    /** Whether a form was sent at all (a re-shown form), as opposed to a first visit. */
    public boolean present() {
        return !values.isEmpty();
    }

    /** The sent value of a field, else (first visit) the given default. */
    public String value(String field, Object fallback) {
        if (present()) {
            return values.getFirst(field);
        }
        return fallback == null ? null : String.valueOf(fallback);
    }

    public List<String> values(String field) {
        return values.getOrDefault(field, List.of());
    }

    /** Whether {@code option} was chosen for the field (radio, select, check box); on a first visit the default. */
    public boolean is(String field, Object option, boolean fallback) {
        if (!present()) {
            return fallback;
        }
        return values(field).contains(String.valueOf(option));
    }
}
