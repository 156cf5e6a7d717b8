package nl.methodetoets.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wrong passwords lock an account name for a while, never for good (issue 10). The policy, per account name as
 * typed (lower-cased), from any client address:
 * <ul>
 * <li>{@code max-failures} (10) wrong passwords in a row, each within {@code failure-window} (15 minutes) of the
 * one before, lock the name for {@code duration} (15 minutes, at most 15 minutes) from the last of them;</li>
 * <li>during the lock every sign-in with that name is refused, the right password too, without looking at the
 * password; those tries are not counted and do not lengthen the lock;</li>
 * <li>when the lock has ended the count starts again from zero; a successful sign-in also clears it;</li>
 * <li>an ADMIN lifts a lock at once ({@link #lift}).</li>
 * </ul>
 * Names that are no account are counted and locked just the same, so the answers do not tell which accounts exist.
 * The state is a table ({@code login_lock}), so every node on the same database applies the same count and lock;
 * the time is the application's {@link Clock}. The engine's own lock (its {@code loginMaxAttempts}, permanent, and
 * its login delay) is switched off in application.yml.
 */
@Service
public class LoginLockout {
    /** The most the issue allows a lock caused by wrong passwords to last. */
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final int MAX_NAME = 255;
    private static final Logger LOG = LoggerFactory.getLogger(LoginLockout.class);

    /** What is known about one account name: failures counted so far, and the end of a running lock if any. */
    public record State(String account, int failures, Instant lockedUntil) {
        public boolean locked() {
            return lockedUntil != null;
        }

        /** The end of the lock in Dutch time, rounded up to the minute (as the login page says it). */
        public ZonedDateTime shownUntil() {
            return lockedUntil == null ? null : AccountLockedException.shown(lockedUntil);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final IdentityService engineIdentity;
    private final int maxFailures;
    private final Duration duration;
    private final Duration failureWindow;

    LoginLockout(JdbcClient jdbc, TransactionTemplate tx, Clock clock, IdentityService engineIdentity,
                 @Value("${methodetoets.identity.lockout.max-failures:10}") int maxFailures,
                 @Value("${methodetoets.identity.lockout.duration:PT15M}") Duration duration,
                 @Value("${methodetoets.identity.lockout.failure-window:PT15M}") Duration failureWindow) {
        if (maxFailures < 1 || duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST_LOCK) > 0
                || failureWindow.isNegative() || failureWindow.isZero()) {
            throw new IllegalArgumentException("methodetoets.identity.lockout: max-failures must be at least 1, "
                    + "duration between PT1S and PT15M, failure-window positive");
        }
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.engineIdentity = engineIdentity;
        this.maxFailures = maxFailures;
        this.duration = duration;
        this.failureWindow = failureWindow;
    }

    /** The application's time now (what locks are measured against). */
    public Instant now() {
        return clock.instant();
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration duration() {
        return duration;
    }

    /** The end of the running lock on this name, if one runs. */
    public Optional<Instant> lockedUntil(String name) {
        return state(name).map(State::lockedUntil);
    }

    /** The name's counted failures and running lock; empty when nothing is counted against it. */
    public Optional<State> state(String name) {
        Instant now = clock.instant();
        String key = key(name);
        return jdbc.sql("select failures, last_failure_at, locked_until from login_lock where account = ?")
                .param(key)
                .query((rs, n) -> row(rs))
                .list().stream()
                .filter(r -> r.lockedUntil() == null ? !r.lastFailureAt().plus(failureWindow).isBefore(now)
                        : r.lockedUntil().isAfter(now)) // a lock that has ended, or failures long ago, count no more
                .map(r -> new State(key, r.failures(), r.lockedUntil()))
                .findFirst();
    }

    /**
     * Counts a wrong password for this name; returns the end of the lock if the name is locked now (by this failure
     * or, when two tries crossed, by one just before).
     */
    public Optional<Instant> recordFailure(String name) {
        String key = key(name);
        Instant now = clock.instant();
        Optional<Instant> locked;
        for (int attempt = 1; ; attempt++) {
            try {
                locked = tx.execute(status -> failure(key, now));
                break;
            } catch (DuplicateKeyException e) {
                // another node inserted the first failure for this name at the same moment: count on its row
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        forgetOld(now);
        locked.ifPresent(until -> LOG.warn("Sign-in locked for account name '{}' until {} after {} wrong passwords",
                key, until, maxFailures));
        return locked;
    }

    /** A successful sign-in clears what was counted against the name. */
    public void recordSuccess(String name) {
        jdbc.sql("delete from login_lock where account = ?").param(key(name)).update();
    }

    /** Every running lock, by account name, soonest end first. */
    public Map<String, Instant> activeLocks() {
        Map<String, Instant> locks = new LinkedHashMap<>();
        jdbc.sql("select account, locked_until from login_lock where locked_until > ? order by locked_until, account")
                .param(at(clock.instant()))
                .query((rs, n) -> Map.entry(rs.getString("account"), rs.getObject("locked_until", OffsetDateTime.class).toInstant()))
                .list()
                .forEach(e -> locks.put(e.getKey(), e.getValue()));
        return locks;
    }

    /**
     * Lifts the lock on an account at once and clears its count (an ADMIN's act); also clears any lock the engine
     * itself still holds from before this policy. Returns whether a lock was running.
     */
    public boolean lift(String userId) {
        boolean wasLocked = lockedUntil(userId).isPresent();
        jdbc.sql("delete from login_lock where account = ?").param(key(userId)).update();
        if (engineIdentity.createUserQuery().userId(userId).count() > 0) {
            engineIdentity.unlockUser(userId);
        }
        LOG.info("Sign-in lock on account '{}' lifted (was locked: {})", userId, wasLocked);
        return wasLocked;
    }

    private Optional<Instant> failure(String key, Instant now) {
        Optional<Row> row = jdbc.sql("select failures, last_failure_at, locked_until from login_lock where account = ? for update")
                .param(key)
                .query((rs, n) -> row(rs))
                .optional();
        if (row.isEmpty()) {
            Instant until = maxFailures <= 1 ? now.plus(duration) : null;
            jdbc.sql("insert into login_lock (account, failures, last_failure_at, locked_until) values (?, ?, ?, ?)")
                    .params(key, 1, at(now), until == null ? null : at(until)).update();
            return Optional.ofNullable(until);
        }
        Row r = row.get();
        if (r.lockedUntil() != null && r.lockedUntil().isAfter(now)) {
            // already locked (a try that crossed the lock check): not counted, the lock not lengthened
            return Optional.of(r.lockedUntil());
        }
        boolean startAgain = r.lockedUntil() != null || r.lastFailureAt().plus(failureWindow).isBefore(now);
        int failures = startAgain ? 1 : r.failures() + 1;
        Instant until = failures >= maxFailures ? now.plus(duration) : null;
        jdbc.sql("update login_lock set failures = ?, last_failure_at = ?, locked_until = ? where account = ?")
                .params(failures, at(now), until == null ? null : at(until), key).update();
        return Optional.ofNullable(until);
    }

    /** Rows of names whose failures are old and whose lock (if any) has ended tell nothing any more. */
    private void forgetOld(Instant now) {
        try {
            OffsetDateTime old = at(now.minus(failureWindow));
            jdbc.sql("delete from login_lock where last_failure_at < ? and (locked_until is null or locked_until < ?)")
                    .params(old, at(now)).update();
        } catch (DataAccessException e) {
            // housekeeping only: another node may be doing the same at this moment
            LOG.debug("Could not forget old sign-in failures now", e);
        }
    }

    private record Row(int failures, Instant lastFailureAt, Instant lockedUntil) {
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime until = rs.getObject("locked_until", OffsetDateTime.class);
        return new Row(rs.getInt("failures"), rs.getObject("last_failure_at", OffsetDateTime.class).toInstant(),
                until == null ? null : until.toInstant());
    }

    /** The key of a name: trimmed, lower-cased (so "Admin" counts against "admin"), at most 255 characters. */
    static String key(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
