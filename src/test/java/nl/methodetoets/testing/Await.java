package nl.methodetoets.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits on a condition with a deadline instead of sleeping for a guessed time: returns as soon as the condition
 * holds, fails with what was awaited when the deadline passes. Asynchronous steps (job executor, dispatcher,
 * navigation) make tests wait; nothing else should.
 */
public final class Await {
    private static final Duration POLL = Duration.ofMillis(100);

    private Await() {
    }

    /** Polls until {@code condition} holds; fails after {@code timeout} naming {@code what}. */
    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        value(timeout, what, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** As {@link #until(Duration, String, BooleanSupplier)}, with a {@code Supplier<Boolean>}. */
    public static void until(Duration timeout, Supplier<Boolean> condition) {
        until(timeout, "a condition", () -> Boolean.TRUE.equals(condition.get()));
    }

    /** Polls until {@code probe} returns a value and returns it; fails after {@code timeout} naming {@code what}. */
    public static <T> T value(Duration timeout, String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() >= deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s in vain for " + what);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
