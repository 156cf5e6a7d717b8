package nl.methodetoets.idempotency;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import nl.methodetoets.common.ConflictException;
import nl.methodetoets.common.InvalidInputException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a creating request at most once per {@link IdempotencyKey}. The key is claimed by inserting its row in the
 * same transaction as the work, so the table's primary key is the lock: a twin request with the same key blocks on
 * that insert (PostgreSQL waits for the row; H2 retries until its lock timeout) until the first one commits — then
 * it gets a duplicate key and replays the stored result — or rolls back, and then it does the work itself. Nothing
 * is left pending when a request fails or the process dies: the claim rolls back with the work.
 */
@Service
public class IdempotentRequests {
    /** How long a twin waits for the first request with its key; about H2's lock timeout. */
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private final IdempotencyStore store;
    private final TransactionTemplate transaction;

    IdempotentRequests(IdempotencyStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The action's response, or the stored response of the first request with this key. The action runs in a
     * transaction that also records its response. A key reused with another {@code requestHash} → 422.
     */
    public IdempotentResponse execute(IdempotencyKey key, String requestHash, Supplier<IdempotentResponse> action) {
        if (key == null) {
            return action.get();
        }
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        for (int attempt = 1; System.nanoTime() < giveUp; attempt++) {
            Optional<IdempotencyStore.Entry> first = store.find(key);
            if (first.isPresent()) {
                return replay(first.get(), requestHash);
            }
            boolean[] claimed = {false};
            try {
                return transaction.execute(status -> {
                    store.claim(key, requestHash);
                    claimed[0] = true;
                    IdempotentResponse response = action.get();
                    store.complete(key, response);
                    return response;
                });
            } catch (DataAccessException e) {
                if (claimed[0]) {
                    throw e; // the work itself failed (and rolled back): not ours to repeat
                }
                // a twin holds or held the key: look again for its result
                pause(attempt);
            }
        }
        throw new ConflictException("idempotency.inProgress");
    }

    private static IdempotentResponse replay(IdempotencyStore.Entry first, String requestHash) {
        if (!first.requestHash().equals(requestHash)) {
            throw new InvalidInputException("Idempotency-Key", "idempotency.keyReused");
        }
        return first.response();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(50L * attempt, 500L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("idempotency.inProgress");
        }
    }
}
