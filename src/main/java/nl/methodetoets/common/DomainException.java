package nl.methodetoets.common;

/**
 * A refusal the user should read: carries a message key (resolved in the user's language by the web layer)
 * and its arguments, so that modules never format user-facing text themselves.
 */
public abstract class DomainException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    protected DomainException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
