package nl.methodetoets.common;

/** 404: the thing does not exist, or the user may not know that it does. */
public class NotFoundException extends DomainException {
    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
