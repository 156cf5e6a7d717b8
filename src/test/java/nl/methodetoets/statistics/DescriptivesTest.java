package nl.methodetoets.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptivesTest {

    @Test
    void mean() {
        assertThat(Descriptives.mean(1, 2, 3, 5).getAsDouble()).isCloseTo(2.75, within(1e-12));
        assertThat(Descriptives.mean(Arrays.asList(4, null, 2)).getAsDouble()).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void medianOfOddCountIsTheMiddleValue() {
        assertThat(Descriptives.median(5, 1, 3).getAsDouble()).isEqualTo(3.0);
    }

    @Test
    void medianOfEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Descriptives.median(4, 1, 3, 2).getAsDouble()).isEqualTo(2.5);
        assertThat(Descriptives.median(Arrays.asList(3, null, 4, 4, 5)).getAsDouble()).isEqualTo(4.0);
        assertThat(Descriptives.median(Arrays.asList(3, 4, null)).getAsDouble()).isEqualTo(3.5);
    }

    @Test
    void emptyInputIsEmpty() {
        assertThat(Descriptives.mean()).isEmpty();
        assertThat(Descriptives.median()).isEmpty();
        assertThat(Descriptives.mean(Arrays.asList(null, null))).isEmpty();
        assertThat(Descriptives.median(List.of())).isEmpty();
    }

    @Test
    void distributionCountsEveryLevelInOrder() {
        var distribution = Descriptives.distribution(Arrays.asList(3, 4, null, 3, 5, 3));
        assertThat(distribution).containsExactly(entry(1, 0), entry(2, 0), entry(3, 3), entry(4, 1), entry(5, 1));
        assertThat(Descriptives.distribution(List.of())).containsOnlyKeys(1, 2, 3, 4, 5).doesNotContainValue(1);
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> Descriptives.distribution(List.of(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 1..5");
        assertThatThrownBy(() -> Descriptives.distribution(List.of(6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 1..5");
        assertThatThrownBy(() -> Descriptives.distribution(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scores");
        assertThatThrownBy(() -> Descriptives.mean((double[]) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
        assertThatThrownBy(() -> Descriptives.median(1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
        assertThatThrownBy(() -> Descriptives.median((List<Integer>) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scores");
    }
}
