package nl.methodetoets.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff defaults = new Backoff(Duration.ofSeconds(2), Duration.ofHours(1));

    @Test
    void waitsTwoToThePowerOfTheFailuresInSeconds() {
        assertThat(IntStream.rangeClosed(1, 6).mapToObj(defaults::after))
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                        Duration.ofSeconds(16), Duration.ofSeconds(32), Duration.ofSeconds(64));
        assertThat(defaults.after(11)).isEqualTo(Duration.ofSeconds(2048));
    }

    @Test
    void isCappedAtTheMaximumAndNeverOverflows() {
        assertThat(defaults.after(12)).isEqualTo(Duration.ofHours(1)); // 4096 s would exceed the hour
        assertThat(defaults.after(1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void smallSettingsForTestsScaleTheSameWay() {
        Backoff fast = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1));
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(fast::after)).containsExactly(Duration.ofMillis(200),
                Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> defaults.after(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
