package nl.methodetoets.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because the account name is temporarily locked after too many wrong passwords (see
 * {@link LoginLockout}). The login page shows {@link #getShownUntil()}; the API answers it as a 401 problem.
 */
public class AccountLockedException extends LockedException {
    /** The time zone in which people read the end of a lock. */
    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final Instant lockedUntil;

    public AccountLockedException(Instant lockedUntil) {
        super("Account temporarily locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /** The end of the lock as people read it: Dutch time, rounded up to the minute, so "until 14:05" is never early. */
    public ZonedDateTime getShownUntil() {
        return shown(lockedUntil);
    }

    /** A lock's end as people read it: Dutch time, rounded up to the minute. */
    public static ZonedDateTime shown(Instant until) {
        Instant minute = until.truncatedTo(ChronoUnit.MINUTES);
        return (minute.equals(until) ? minute : minute.plus(1, ChronoUnit.MINUTES)).atZone(DUTCH_TIME);
    }
}
