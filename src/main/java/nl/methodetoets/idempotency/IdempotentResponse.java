package nl.methodetoets.idempotency;

/** What a repeated request gets back: the first response's status, {@code Location} (or null) and body (or null). */
public record IdempotentResponse(int status, String location, String body) {
}
