package nl.methodetoets.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseAgreementTest {

    @Test
    void countsEveryReviewerPairWithinEachUnit() {
        List<List<Integer>> units = List.of(
                List.of(3, 3, 4),            // pairs 3-3 exact, 3-4 twice within one
                Arrays.asList(1, null, 4),   // pair 1-4: neither
                List.of(2),                  // no pair
                Arrays.asList(null, null));  // no pair
        AgreementCounts counts = PairwiseAgreement.ofUnits(units);
        assertThat(counts).isEqualTo(new AgreementCounts(4, 1, 3));
        assertThat(counts.exactShare().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(counts.withinOneShare().getAsDouble()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void coderMatrixGivesTheSameAsUnits() {
        Integer[][] matrix = {{3, 1, 2, null}, {3, null, null, null}, {4, 4, null, null}};
        assertThat(PairwiseAgreement.ofCoderMatrix(matrix)).isEqualTo(new AgreementCounts(4, 1, 3));
    }

    @Test
    void noPairsGiveEmptyShares() {
        AgreementCounts counts = PairwiseAgreement.ofUnits(List.of(Arrays.asList(5, null), List.of()));
        assertThat(counts.pairs()).isZero();
        assertThat(counts.exactShare()).isEmpty();
        assertThat(counts.withinOneShare()).isEmpty();
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> PairwiseAgreement.ofUnits(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("units");
        assertThatThrownBy(() -> PairwiseAgreement.ofUnits(Arrays.asList(List.of(1, 2), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit 1");
        assertThatThrownBy(() -> new AgreementCounts(2, 2, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inconsistent");
        assertThatThrownBy(() -> new AgreementCounts(1, 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inconsistent");
    }
}
