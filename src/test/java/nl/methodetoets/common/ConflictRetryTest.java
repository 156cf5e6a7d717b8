package nl.methodetoets.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {
    @Test
    void aTransactionThatLostARaceRunsAgain() {
        AtomicInteger attempts = new AtomicInteger();
        String result = ConflictRetry.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new OptimisticLockingException("lost");
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void afterThreeLostRacesTheConflictShows() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.run(() -> {
            attempts.incrementAndGet();
            throw new OptimisticLockingException("lost");
        })).isInstanceOf(OptimisticLockingException.class);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void otherErrorsAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.run(() -> {
            attempts.incrementAndGet();
            throw new ConflictException("study.notWithdrawable", "ASSESSED");
        })).isInstanceOf(ConflictException.class);
        assertThat(attempts).hasValue(1);
    }
}
