package nl.methodetoets.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff for failed deliveries: {@code first × 2^(failures − 1)}, capped at {@code max}. With the
 * default two seconds that is 2, 4, 8, … seconds (2^failures), and from the twelfth failure on one hour, so a
 * mail server that is down for a day is asked about once an hour instead of every few seconds.
 */
record Backoff(Duration first, Duration max) {

    Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < first <= max, got " + first + " and " + max);
        }
    }

    /** The wait before the next attempt, after {@code failures} (≥ 1) failed attempts. */
    Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1, got " + failures);
        }
        Duration wait = first;
        // doubling step by step (not 1L << n) cannot overflow: it stops at the cap
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
