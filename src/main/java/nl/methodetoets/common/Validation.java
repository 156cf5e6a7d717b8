package nl.methodetoets.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors and throws them together, so a form shows every problem at once. */
public final class Validation {
    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public Validation require(boolean ok, String field, String messageKey, Object... args) {
        if (!ok) {
            errors.add(new InvalidInputException.FieldError(field, messageKey, args));
        }
        return this;
    }

    public Validation notBlank(String value, String field) {
        return require(value != null && !value.isBlank(), field, "validation.required");
    }

    /**
     * A multi-line text (tab and line feed allowed): at most {@code max} characters and no forbidden character
     * ({@link InputLimits}); null passes (say {@link #notBlank} where it is required).
     */
    public Validation text(String value, String field, int max) {
        return limited(value, field, max, false);
    }

    /** A single-line text: as {@link #text}, and no tab or line break either. */
    public Validation line(String value, String field, int max) {
        return limited(value, field, max, true);
    }

    /**
     * A list of single-line entries: at most {@code maxEntries} entries of at most {@code maxEach} characters, all
     * together (as stored, about the JSON of the list) at most {@code maxTotal}; null passes.
     */
    public Validation list(java.util.List<String> values, String field, int maxEntries, int maxEach, int maxTotal) {
        if (values == null) {
            return this;
        }
        if (values.size() > maxEntries) {
            return require(false, field, "validation.tooMany", maxEntries);
        }
        int total = 2;
        for (String value : values) {
            if (value != null) {
                if (value.length() > maxEach || InputLimits.hasForbiddenInLine(value)) {
                    return limited(value, field, maxEach, true);
                }
                total += value.length() + 3 + (int) value.chars().filter(c -> c == '"' || c == '\\').count(); // JSON escapes
            }
        }
        return require(total <= maxTotal, field, "validation.listTooLong", maxTotal);
    }

    private Validation limited(String value, String field, int max, boolean singleLine) {
        if (value == null) {
            return this;
        }
        if (value.length() > max) {
            return require(false, field, "validation.tooLong", max);
        }
        if (singleLine ? InputLimits.hasForbiddenInLine(value) : InputLimits.hasForbiddenCharacters(value)) {
            return require(false, field, singleLine && !InputLimits.hasForbiddenCharacters(value)
                    ? "validation.singleLine" : "validation.controlCharacters");
        }
        return this;
    }

    /** Whether a problem was found on this field already (so a later check need not look it up). */
    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
