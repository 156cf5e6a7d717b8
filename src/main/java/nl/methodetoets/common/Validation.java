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

    public boolean ok() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
