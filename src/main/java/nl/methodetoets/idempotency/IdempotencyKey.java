package nl.methodetoets.idempotency;

import nl.methodetoets.common.InvalidInputException;

/**
 * A client's {@code Idempotency-Key} in its scope: the same key from another user, on another method or path, is
 * another key. Keys are 1–200 visible ASCII characters (a UUID is typical).
 */
public record IdempotencyKey(String user, String method, String path, String key) {
    static final int MAX_LENGTH = 200;

    public IdempotencyKey {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new InvalidInputException("Idempotency-Key", "idempotency.keyInvalid", MAX_LENGTH);
        }
    }

    /** The scoped key, or null when the client sent none (then the request simply runs). */
    public static IdempotencyKey of(String user, String method, String path, String key) {
        return key == null ? null : new IdempotencyKey(user, method, path.length() > 500 ? path.substring(0, 500) : path, key);
    }
}
