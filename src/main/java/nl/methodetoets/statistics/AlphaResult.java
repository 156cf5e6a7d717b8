package nl.methodetoets.statistics;

import java.util.OptionalDouble;

/**
 * Outcome of {@link KrippendorffAlpha}.
 *
 * @param alpha          the coefficient; empty when it is undefined (fewer than two pairable values, or no
 *                       variation so that the expected disagreement is zero)
 * @param pairableValues n.., the total number of values in units with at least two values
 * @param pairableUnits  the number of units with at least two values
 */
public record AlphaResult(OptionalDouble alpha, int pairableValues, int pairableUnits) {

    public AlphaResult {
        if (alpha == null) {
            throw new IllegalArgumentException("alpha must not be null (use OptionalDouble.empty())");
        }
        if (pairableValues < 0 || pairableUnits < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** @return whether alpha is defined */
    public boolean isDefined() {
        return alpha.isPresent();
    }
}
