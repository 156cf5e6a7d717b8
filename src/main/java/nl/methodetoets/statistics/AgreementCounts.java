package nl.methodetoets.statistics;

import java.util.OptionalDouble;

/**
 * Outcome of {@link PairwiseAgreement}: counts of reviewer pairs.
 *
 * @param pairs     number of unordered pairs of non-missing values within the same unit
 * @param exact     pairs whose values are equal
 * @param withinOne pairs whose values differ by at most 1 (includes the exact pairs)
 */
public record AgreementCounts(int pairs, int exact, int withinOne) {

    public AgreementCounts {
        if (pairs < 0 || exact < 0 || withinOne < 0 || exact > withinOne || withinOne > pairs) {
            throw new IllegalArgumentException("inconsistent counts: need 0 ≤ exact ≤ withinOne ≤ pairs, got exact="
                    + exact + ", withinOne=" + withinOne + ", pairs=" + pairs);
        }
    }

    /** @return exact / pairs, empty when there are no pairs */
    public OptionalDouble exactShare() {
        return pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) exact / pairs);
    }

    /** @return withinOne / pairs, empty when there are no pairs */
    public OptionalDouble withinOneShare() {
        return pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) withinOne / pairs);
    }
}
