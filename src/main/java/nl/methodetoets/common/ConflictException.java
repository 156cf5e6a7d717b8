package nl.methodetoets.common;

/** 409: the request is fine but the state of the thing does not allow it (e.g. a second round for one year). */
public class ConflictException extends DomainException {
    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
