package nl.methodetoets.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CohensKappaTest {

    static final int[][] PUBLISHED = {{46, 0, 0}, {4, 40, 0}, {0, 0, 10}};

    @Test
    void reproducesPublishedQuadratic() {
        assertThat(CohensKappa.of(PUBLISHED, Weighting.QUADRATIC).getAsDouble()).isCloseTo(0.9541, within(0.00005));
    }

    @Test
    void reproducesPublishedUnweighted() {
        assertThat(CohensKappa.of(PUBLISHED, Weighting.UNWEIGHTED).getAsDouble()).isCloseTo(0.9315, within(0.00005));
    }

    @Test
    void reproducesPublishedLinear() {
        assertThat(CohensKappa.of(PUBLISHED, Weighting.LINEAR).getAsDouble()).isCloseTo(0.9412, within(0.00005));
    }

    @ParameterizedTest
    @EnumSource(Weighting.class)
    void perfectAgreementIsOne(Weighting weighting) {
        int[][] diagonal = {{3, 0, 0, 0, 0}, {0, 5, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 7, 0}, {0, 0, 0, 0, 1}};
        assertThat(CohensKappa.of(diagonal, weighting).getAsDouble()).isCloseTo(1.0, within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(Weighting.class)
    void chanceAgreementIsZero(Weighting weighting) {
        // independent raters: every cell equals the product of its marginals
        int[][] independent = {{4, 2, 2}, {4, 2, 2}, {8, 4, 4}};
        assertThat(CohensKappa.of(independent, weighting).getAsDouble()).isCloseTo(0.0, within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(Weighting.class)
    void oneCommonCategoryIsUndefined(Weighting weighting) {
        int[][] single = {{0, 0}, {0, 9}};
        assertThat(CohensKappa.of(single, weighting)).isEmpty();
    }

    @Test
    void weightingGivesPartialCreditForNearMisses() {
        // all disagreements are one step apart: weights raise kappa over the unweighted value
        int[][] nearMisses = {{10, 3, 0}, {3, 10, 3}, {0, 3, 10}};
        double unweighted = CohensKappa.of(nearMisses, Weighting.UNWEIGHTED).getAsDouble();
        double linear = CohensKappa.of(nearMisses, Weighting.LINEAR).getAsDouble();
        double quadratic = CohensKappa.of(nearMisses, Weighting.QUADRATIC).getAsDouble();
        assertThat(unweighted).isLessThan(linear);
        assertThat(linear).isLessThan(quadratic);
    }

    @Test
    void ratingListsReproduceThePublishedMatrixAndDropIncompletePairs() {
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int c = 0; c < PUBLISHED[i][j]; c++) {
                    first.add(i + 2); // levels 2, 3, 4 of the 1..5 scale
                    second.add(j + 2);
                }
            }
        }
        first.addAll(Arrays.asList(null, 1, null));
        second.addAll(Arrays.asList(5, null, null));
        int[][] confusion = CohensKappa.confusionMatrix(first, second);
        assertThat(confusion[1][1]).isEqualTo(46);
        assertThat(confusion[2][1]).isEqualTo(4);
        assertThat(Arrays.stream(confusion).flatMapToInt(Arrays::stream).sum()).isEqualTo(100);
        assertThat(CohensKappa.ofRatings(first, second, Weighting.QUADRATIC).getAsDouble())
                .isCloseTo(0.9541, within(0.00005));
        assertThat(CohensKappa.ofRatings(first, second, Weighting.UNWEIGHTED).getAsDouble())
                .isCloseTo(0.9315, within(0.00005));
    }

    @Test
    void ratingListsWithoutCompletePairsAreUndefined() {
        assertThat(CohensKappa.ofRatings(Arrays.asList(1, null), Arrays.asList(null, 2), Weighting.LINEAR)).isEmpty();
        assertThat(CohensKappa.ofRatings(List.of(), List.of(), Weighting.LINEAR)).isEmpty();
    }

    @Test
    void ratingListsWithPerfectAgreementGiveOne() {
        assertThat(CohensKappa.ofRatings(List.of(1, 3, 5, 3), List.of(1, 3, 5, 3), Weighting.QUADRATIC).getAsDouble())
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> CohensKappa.of(null, Weighting.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null or empty");
        assertThatThrownBy(() -> CohensKappa.of(new int[][] {{1, 2}, {3}}, Weighting.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("square");
        assertThatThrownBy(() -> CohensKappa.of(new int[][] {{1, -2}, {3, 4}}, Weighting.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> CohensKappa.of(new int[][] {{0, 0}, {0, 0}}, Weighting.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zeros");
        assertThatThrownBy(() -> CohensKappa.of(PUBLISHED, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weighting");
        assertThatThrownBy(() -> CohensKappa.ofRatings(List.of(1, 2), List.of(1), Weighting.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in size");
        assertThatThrownBy(() -> CohensKappa.ofRatings(List.of(1, 6), List.of(1, 2), Weighting.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 1..5");
        assertThatThrownBy(() -> CohensKappa.ofRatings(null, List.of(1), Weighting.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }
}
