package nl.methodetoets.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's consolidation rule for criteria without a consensus trigger, pinned with worked cases. */
class ConsolidationRuleTest {

    @Test
    void allEqualGivesThatScore() {
        assertThat(ConsolidationRule.consolidate(List.of(4, 4))).isEqualTo(4);
        assertThat(ConsolidationRule.consolidate(List.of(2, 2, 2))).isEqualTo(2);
    }

    @Test
    void twoReviewersWhoDifferGiveTheLowerScore() {
        assertThat(ConsolidationRule.consolidate(List.of(4, 3))).isEqualTo(3);
        assertThat(ConsolidationRule.consolidate(List.of(3, 4))).isEqualTo(3);
    }

    @Test
    void threeOrMoreReviewersGiveTheMedianRoundedDown() {
        assertThat(ConsolidationRule.consolidate(List.of(3, 4, 4))).isEqualTo(4);
        assertThat(ConsolidationRule.consolidate(List.of(5, 3, 4))).isEqualTo(4);
        assertThat(ConsolidationRule.consolidate(List.of(3, 3, 4, 4))).as("median 3.5 rounds down").isEqualTo(3);
        assertThat(ConsolidationRule.consolidate(List.of(4, 5, 5, 4))).as("median 4.5 rounds down").isEqualTo(4);
    }

    @Test
    void allNotApplicableStaysNotApplicable() {
        assertThat(ConsolidationRule.consolidate(Arrays.asList(null, null))).isNull();
    }

    @Test
    void spreadFeedsTheConsensusTriggers() {
        ConsolidationRule.Spread spread = ConsolidationRule.Spread.of(Arrays.asList(2, 4, null));
        assertThat(spread.lowest()).isEqualTo(2);
        assertThat(spread.highest()).isEqualTo(4);
        assertThat(spread.notApplicableMixed()).isTrue();
        assertThat(ConsolidationRule.Spread.of(Arrays.asList(null, null)).notApplicableMixed()).isFalse();
        assertThat(ConsolidationRule.Spread.of(List.of(3, 3)).notApplicableMixed()).isFalse();
    }

    @Test
    void everyCriterionOfEverySheetIsConsolidated() {
        Map<String, Integer> a = new LinkedHashMap<>();
        a.put("K1", null);
        a.put("K2", 3);
        Map<String, Integer> b = new LinkedHashMap<>();
        b.put("K1", null);
        b.put("K2", 4);
        Map<String, Integer> result = ConsolidationRule.consolidate(List.of("K1", "K2"), List.of(a, b));
        assertThat(result).containsEntry("K2", 3).containsKey("K1");
        assertThat(result.get("K1")).isNull();
    }
}
