package nl.methodetoets.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntraclassCorrelationTest {

    /** Shrout and Fleiss (1979), Table 2: 6 targets × 4 judges. */
    static final double[][] SHROUT_FLEISS = {
            {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7},
    };

    @Test
    void reproducesIcc11() {
        assertThat(IntraclassCorrelation.icc11(SHROUT_FLEISS).getAsDouble()).isCloseTo(0.17, within(0.005));
    }

    @Test
    void overUnitsWithMissingRatingsItIsTheSameIcc1() {
        List<List<Integer>> units = new ArrayList<>();
        for (double[] row : SHROUT_FLEISS) {
            units.add(Arrays.stream(row).mapToObj(v -> (int) v).toList());
        }
        units.add(Arrays.asList(4, null, null, null)); // one rating only (the rest n.v.t.): left out
        IntraclassCorrelation.OneWay oneWay = IntraclassCorrelation.icc1(units);
        assertThat(oneWay.icc().getAsDouble()).isCloseTo(0.17, within(0.005));
        assertThat(oneWay.targets()).isEqualTo(6);
        assertThat(oneWay.ratingsPerTarget()).isEqualTo(4);
    }

    @Test
    void overUnitsOfDifferentSizesItIsUndefined() {
        IntraclassCorrelation.OneWay mixed = IntraclassCorrelation.icc1(List.of(List.of(1, 2), List.of(3, 4, 5), List.of(2, 2)));
        assertThat(mixed.icc()).isEmpty();
        assertThat(mixed.ratingsPerTarget()).isZero();
        assertThat(IntraclassCorrelation.icc1(List.of(List.of(1, 2))).icc()).as("one study").isEmpty();
    }

    @Test
    void integerInputGivesTheSameResult() {
        int[][] ints = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
        assertThat(IntraclassCorrelation.toDoubles(ints)).isDeepEqualTo(SHROUT_FLEISS);
    }

    @Test
    void judgeOffsetsCountAsDisagreement() {
        // judge 2 always scores one point higher than judge 1: perfect consistency, imperfect absolute agreement
        double[][] shifted = {{1, 2}, {2, 3}, {3, 4}, {4, 5}};
        assertThat(IntraclassCorrelation.icc11(shifted).getAsDouble()).isLessThan(1.0);
    }

    @Test
    void identicalJudgesGiveOne() {
        double[][] same = {{1, 1, 1}, {3, 3, 3}, {5, 5, 5}};
        assertThat(IntraclassCorrelation.icc11(same).getAsDouble()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void allRatingsEqualIsUndefined() {
        double[][] constant = {{3, 3, 3}, {3, 3, 3}, {3, 3, 3}};
        assertThat(IntraclassCorrelation.icc11(constant)).isEmpty();
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> IntraclassCorrelation.icc11(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 targets");
        assertThatThrownBy(() -> IntraclassCorrelation.icc11(new double[][] {{1, 2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 targets");
        assertThatThrownBy(() -> IntraclassCorrelation.icc11(new double[][] {{1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 judges");
        assertThatThrownBy(() -> IntraclassCorrelation.icc11(new double[][] {{1, 2}, {2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("complete data");
        assertThatThrownBy(() -> IntraclassCorrelation.icc11(new double[][] {{1, 2}, {2, Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
        assertThatThrownBy(() -> IntraclassCorrelation.toDoubles(new int[][] {{1}, null}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target 1");
    }
}
