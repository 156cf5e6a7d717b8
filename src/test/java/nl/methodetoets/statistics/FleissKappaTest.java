package nl.methodetoets.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FleissKappaTest {

    @Test
    void reproducesPublishedExample() {
        int[][] counts = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
        };
        assertThat(FleissKappa.of(counts).getAsDouble()).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void perfectAgreementIsOne() {
        int[][] counts = {{3, 0, 0}, {0, 3, 0}, {0, 0, 3}, {3, 0, 0}};
        assertThat(FleissKappa.of(counts).getAsDouble()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void twoRatersMatchScottsPi() {
        // with n = 2, Fleiss' kappa is Scott's pi: subjects (1,1), (1,2), (2,2) give p = 1/2, P̄ = 2/3, pi = 1/3
        int[][] counts = {{2, 0}, {1, 1}, {0, 2}};
        assertThat(FleissKappa.of(counts).getAsDouble()).isCloseTo(1.0 / 3.0, within(1e-12));
    }

    @Test
    void singleCategoryIsUndefined() {
        assertThat(FleissKappa.of(new int[][] {{0, 4}, {0, 4}})).isEmpty();
        assertThat(FleissKappa.of(new int[][] {{4}, {4}})).isEmpty();
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> FleissKappa.of(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null or empty");
        assertThatThrownBy(() -> FleissKappa.of(new int[][] {{1, 2}, {2, 2}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same number of ratings");
        assertThatThrownBy(() -> FleissKappa.of(new int[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 category counts");
        assertThatThrownBy(() -> FleissKappa.of(new int[][] {{1, 0}, {1, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 ratings");
        assertThatThrownBy(() -> FleissKappa.of(new int[][] {{3, -1}, {1, 1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
