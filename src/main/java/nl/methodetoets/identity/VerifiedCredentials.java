package nl.methodetoets.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Credentials that were checked against the engine a moment ago, so a script's next requests with the same HTTP Basic
 * credentials are not checked again (issue 13: the password check with the lock look-up and the account's roles cost
 * four queries and a transaction on every API request, 6% of a study's CPU). An entry holds the account as loaded and
 * a salted SHA-256 of the password, never the password; it is used only for the very same name and password, for at
 * most {@code methodetoets.identity.verified-credentials-ttl} (30 seconds).
 *
 * <p>A wrong password for a name removes its entry, so a name that gets locked here is refused at once, the right
 * password too. Changes made outside the app (a password, roles or an account removed in the Camunda admin webapp, a
 * lock counted on another node or by the Camunda webapps' own sign-in) reach a client that is already verified within
 * the time to live. A check that
 * started before any wrong password was recorded is not remembered, so a lock cannot be passed by a race.
 */
@Component
class VerifiedCredentials {
    private static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final Duration ttl;
    private final byte[] salt = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Counts recorded wrong passwords; a check is remembered only if none was recorded while it ran. */
    private final AtomicLong failures = new AtomicLong();

    private record Entry(byte[] digest, UserAccount account, Instant until) {
    }

    VerifiedCredentials(Clock clock, @Value("${methodetoets.identity.verified-credentials-ttl:PT30S}") Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        new SecureRandom().nextBytes(salt);
    }

    /** The account, if this name and password were verified less than the time to live ago. */
    Optional<UserAccount> verified(String name, String password) {
        Entry entry = entries.get(name);
        if (entry == null || password == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(name, entry);
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.digest(), digest(name, password)) ? Optional.of(entry.account()) : Optional.empty();
    }

    /** A mark to pass to {@link #remember} after a full check that began now. */
    long beginCheck() {
        return failures.get();
    }

    /** Remembers a successful full check, unless a wrong password was recorded since it began. */
    void remember(String name, String password, UserAccount account, long mark) {
        if (ttl.isZero() || ttl.isNegative() || failures.get() != mark) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(name, new Entry(digest(name, password), account, clock.instant().plus(ttl)));
    }

    /** A wrong password for the name: it must be checked in full from now on. */
    void forget(String name) {
        failures.incrementAndGet();
        entries.remove(name);
    }

    private byte[] digest(String name, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
