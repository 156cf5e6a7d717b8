package nl.methodetoets.common;

/** 403: the user is known and the thing is visible to them, but the action is not theirs to take. */
public class ForbiddenException extends DomainException {
    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
