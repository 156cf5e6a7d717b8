package nl.methodetoets.common;

import java.util.List;

/** 422 (or 400 for unreadable files): the input does not fit; {@link #errors()} says which field and why. */
public class InvalidInputException extends DomainException {
    public record FieldError(String field, String messageKey, Object... args) {
    }

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("error.validation");
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
