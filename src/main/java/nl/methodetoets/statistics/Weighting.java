package nl.methodetoets.statistics;

/**
 * Disagreement weights for {@link CohensKappa}, following J. Cohen (1968), "Weighted kappa: Nominal scale
 * agreement with provision for scaled disagreement or partial credit", <i>Psychological Bulletin</i> 70(4),
 * 213–220, for categories i and j of an ordered scale (row and column indexes of the confusion matrix).
 */
public enum Weighting {

    /** Cohen's (1960) unweighted kappa: w(i,j) = 0 if i = j, otherwise 1. */
    UNWEIGHTED,

    /** Linear weights: w(i,j) = |i − j|. */
    LINEAR,

    /** Quadratic weights: w(i,j) = (i − j)². */
    QUADRATIC;

    /**
     * @param i row category index
     * @param j column category index
     * @return the disagreement weight of cell (i, j)
     */
    public double disagreement(int i, int j) {
        switch (this) {
            case UNWEIGHTED:
                return i == j ? 0.0 : 1.0;
            case LINEAR:
                return Math.abs(i - j);
            case QUADRATIC:
                return (double) (i - j) * (i - j);
            default:
                throw new IllegalStateException("unsupported weighting " + this);
        }
    }
}
