package nl.methodetoets.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    static final Integer[][] DATA = KrippendorffAlphaTest.KRIPPENDORFF_2011;
    static final double[] HIGH = {4, 4, 5, 4, 5, 4, 5, 5, 4, 4, 5, 4};
    static final double[] LOW = {2, 2, 3, 2, 3, 2, 2, 3, 2, 3};

    @Test
    void alphaIntervalIsReproducibleWithTheSameSeed() {
        Optional<Interval> first = Bootstrap.alphaInterval(DATA, Metric.ORDINAL, 500, 2012L, 0.95);
        Optional<Interval> second = Bootstrap.alphaInterval(DATA, Metric.ORDINAL, 500, 2012L, 0.95);
        Optional<Interval> otherSeed = Bootstrap.alphaInterval(DATA, Metric.ORDINAL, 500, 2013L, 0.95);
        assertThat(first).isPresent().isEqualTo(second);
        assertThat(otherSeed).isPresent().isNotEqualTo(first);
    }

    @Test
    void alphaIntervalContainsThePointEstimate() {
        for (Metric metric : Metric.values()) {
            double alpha = KrippendorffAlpha.ofCoderMatrix(DATA, metric).alpha().getAsDouble();
            Interval interval = Bootstrap.alphaInterval(DATA, metric, 1000, 7L, 0.95).orElseThrow();
            assertThat(interval.contains(alpha)).as("%s: %s should contain %s", metric, interval, alpha).isTrue();
            assertThat(interval.hi() - interval.lo()).as("%s width", metric).isGreaterThan(0.0);
            assertThat(interval.hi()).isLessThanOrEqualTo(1.0);
        }
    }

    @Test
    void higherLevelGivesAWiderAlphaInterval() {
        Interval narrow = Bootstrap.alphaInterval(DATA, Metric.INTERVAL, 1000, 3L, 0.80).orElseThrow();
        Interval wide = Bootstrap.alphaInterval(DATA, Metric.INTERVAL, 1000, 3L, 0.99).orElseThrow();
        assertThat(wide.lo()).isLessThan(narrow.lo());
        assertThat(wide.hi()).isGreaterThanOrEqualTo(narrow.hi());
    }

    @Test
    void undefinedAlphaGivesNoInterval() {
        List<List<Integer>> noVariation = List.of(List.of(3, 3), List.of(3, 3, 3));
        assertThat(Bootstrap.alphaInterval(noVariation, Metric.NOMINAL, 100, 1L, 0.95)).isEmpty();
        assertThat(Bootstrap.alphaInterval(List.of(), Metric.NOMINAL, 100, 1L, 0.95)).isEmpty();
    }

    @Test
    void perfectAgreementGivesTheDegenerateIntervalAtOne() {
        List<List<Integer>> perfect = List.of(List.of(1, 1), List.of(2, 2), List.of(4, 4, 4), List.of(5, 5));
        Interval interval = Bootstrap.alphaInterval(perfect, Metric.ORDINAL, 200, 1L, 0.95).orElseThrow();
        assertThat(interval.lo()).isCloseTo(1.0, within(1e-12));
        assertThat(interval.hi()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void clearDifferenceInMeansExcludesZero() {
        Interval interval = Bootstrap.meanDifferenceInterval(HIGH, LOW, 2000, 42L, 0.95);
        double observed = Descriptives.mean(HIGH).getAsDouble() - Descriptives.mean(LOW).getAsDouble();
        assertThat(interval.lo()).isGreaterThan(0.0);
        assertThat(interval.contains(observed)).isTrue();
        // reversed samples give the mirrored sign
        Interval reversed = Bootstrap.meanDifferenceInterval(LOW, HIGH, 2000, 42L, 0.95);
        assertThat(reversed.hi()).isLessThan(0.0);
    }

    @Test
    void noDifferenceInMeansContainsZero() {
        double[] a = {2, 3, 4, 3, 2, 4, 3, 3, 5, 1};
        double[] b = {4, 3, 2, 3, 3, 1, 5, 2, 4, 3};
        assertThat(Bootstrap.meanDifferenceInterval(a, b, 2000, 42L, 0.95).contains(0.0)).isTrue();
    }

    @Test
    void meanDifferenceIntervalIsReproducibleWithTheSameSeed() {
        // non-integer values, so that intervals from different resamples practically never coincide
        double[] a = {3.1, 4.7, 2.2, 5.0, 4.4, 3.9, 2.75};
        double[] b = {2.3, 3.8, 3.05, 4.2, 2.6};
        Interval first = Bootstrap.meanDifferenceInterval(a, b, 500, 99L, 0.9);
        assertThat(Bootstrap.meanDifferenceInterval(a, b, 500, 99L, 0.9)).isEqualTo(first);
        assertThat(Bootstrap.meanDifferenceInterval(a, b, 500, 100L, 0.9)).isNotEqualTo(first);
    }

    @Test
    void quantileInterpolatesBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(Bootstrap.quantile(sorted, 0.5)).isEqualTo(3.0);
        assertThat(Bootstrap.quantile(sorted, 0.25)).isEqualTo(2.0);
        assertThat(Bootstrap.quantile(sorted, 0.1)).isCloseTo(1.4, within(1e-12));
        assertThat(Bootstrap.quantile(sorted, 1.0)).isEqualTo(5.0);
        assertThat(Bootstrap.percentileInterval(new double[] {5, 1, 4, 2, 3}, 0.5)).isEqualTo(new Interval(2, 4));
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> Bootstrap.meanDifferenceInterval(HIGH, LOW, 0, 1L, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations");
        assertThatThrownBy(() -> Bootstrap.meanDifferenceInterval(HIGH, LOW, 10, 1L, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> Bootstrap.meanDifferenceInterval(HIGH, LOW, 10, 1L, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> Bootstrap.meanDifferenceInterval(new double[0], LOW, 10, 1L, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sample a");
        assertThatThrownBy(() -> Bootstrap.meanDifferenceInterval(HIGH, new double[] {1, Double.NaN}, 10, 1L, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sample b");
        assertThatThrownBy(() -> Bootstrap.alphaInterval(DATA, null, 10, 1L, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric");
        assertThatThrownBy(() -> Bootstrap.alphaInterval(DATA, Metric.NOMINAL, -5, 1L, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations");
        assertThatThrownBy(() -> new Interval(2, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds");
    }
}
