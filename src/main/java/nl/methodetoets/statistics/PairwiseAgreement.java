package nl.methodetoets.statistics;

import java.util.List;

/**
 * Percentage agreement over reviewer pairs: within every unit (a study, its values being the reviewers' scores on
 * one criterion) every unordered pair of non-missing values is counted once; the shares are the fraction of all
 * such pairs (pooled over units) that agree exactly, and that agree within ±1 scale point (|a − b| ≤ 1). Missing
 * values ({@code null}, including n.v.t.) are ignored, so a unit with m values contributes m (m − 1) / 2 pairs.
 */
public final class PairwiseAgreement {

    private PairwiseAgreement() {
    }

    /**
     * @param units one list of values (reviewer scores, {@code null} for missing/n.v.t.) per unit
     * @return pooled pair counts; their shares are empty when no unit has two values
     * @throws IllegalArgumentException when {@code units} or one of the units is null
     */
    public static AgreementCounts ofUnits(List<? extends List<Integer>> units) {
        int pairs = 0;
        int exact = 0;
        int withinOne = 0;
        for (int[] values : KrippendorffAlpha.pairableUnits(units)) {
            for (int i = 0; i < values.length; i++) {
                for (int j = i + 1; j < values.length; j++) {
                    long difference = Math.abs((long) values[i] - values[j]);
                    pairs++;
                    if (difference == 0) {
                        exact++;
                    }
                    if (difference <= 1) {
                        withinOne++;
                    }
                }
            }
        }
        return new AgreementCounts(pairs, exact, withinOne);
    }

    /**
     * Same as {@link #ofUnits(List)} for a coders × units matrix.
     *
     * @param coderByUnit {@code coderByUnit[coder][unit]}, {@code null} for missing; rows of equal length
     * @return pooled pair counts
     * @throws IllegalArgumentException when the matrix is null, has a null row or is ragged
     */
    public static AgreementCounts ofCoderMatrix(Integer[][] coderByUnit) {
        return ofUnits(KrippendorffAlpha.unitsOf(coderByUnit));
    }
}
