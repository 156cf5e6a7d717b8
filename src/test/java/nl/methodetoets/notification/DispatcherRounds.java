package nl.methodetoets.notification;

import java.time.Duration;
import nl.methodetoets.testing.Await;
import org.springframework.context.ApplicationContext;

/**
 * For application tests that must show a mail is <em>not</em> sent (twice): waits until the scheduled dispatcher
 * has finished whole rounds after now, so anything it would still send has been sent.
 */
public final class DispatcherRounds {
    private DispatcherRounds() {
    }

    /** Waits until {@code rounds} more dispatcher rounds have completed, each started after this call. */
    public static void awaitMore(ApplicationContext context, int rounds, Duration timeout) {
        OutboxDispatcher dispatcher = context.getBean(OutboxDispatcher.class);
        // the round running now may have read the outbox before this call; it does not count
        long target = dispatcher.completedRounds() + rounds + 1;
        Await.until(timeout, rounds + " more dispatcher rounds", () -> dispatcher.completedRounds() >= target);
    }
}
