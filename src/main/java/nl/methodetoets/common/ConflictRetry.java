package nl.methodetoets.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Runs a whole transaction again when it lost an optimistic-locking race with the engine (another request or a job
 * of the same process instance committed first), so a user never sees such a conflict. Call it outside the
 * transaction, from a controller: each attempt is a fresh transaction.
 */
public final class ConflictRetry {
    static final int ATTEMPTS = 3;

    private ConflictRetry() {
    }

    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (OptimisticLockingException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public static void run(Runnable transaction) {
        run(() -> {
            transaction.run();
            return null;
        });
    }
}
