package nl.methodetoets.statistics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Cohen's kappa for two raters, unweighted (J. Cohen 1960, "A coefficient of agreement for nominal scales",
 * <i>Educational and Psychological Measurement</i> 20, 37–46) and weighted (J. Cohen 1968, "Weighted kappa",
 * <i>Psychological Bulletin</i> 70, 213–220), in the disagreement-weight form
 * <pre>
 *   κ_w = 1 − Σ_ij w_ij p_ij / Σ_ij w_ij p_i. p_.j
 * </pre>
 * with p_ij the observed proportions of the k × k confusion matrix, p_i. and p_.j its row and column marginals,
 * and w_ij the {@link Weighting}. With the unweighted scheme this equals (p_o − p_e) / (1 − p_e); the linear and
 * quadratic forms equal the agreement-weight forms with 1 − |i−j|/(k−1) and 1 − (i−j)²/(k−1)². Kappa is undefined
 * (empty) when the expected disagreement is zero, e.g. when both raters used one and the same single category.
 */
public final class CohensKappa {

    /** Lowest level of the instrument's scale. */
    public static final int MIN_LEVEL = 1;
    /** Highest level of the instrument's scale. */
    public static final int MAX_LEVEL = 5;

    private CohensKappa() {
    }

    /**
     * Kappa from a confusion matrix.
     *
     * @param confusion square matrix, {@code confusion[i][j]} = number of units rated category i by the first rater
     *                  and category j by the second; categories are ordered by index; counts must be non-negative
     *                  with a positive total
     * @param weighting the weights
     * @return kappa, or empty when undefined
     * @throws IllegalArgumentException when the matrix is null, empty, not square, has a negative count or a zero
     *                                  total, or the weighting is null
     */
    public static OptionalDouble of(int[][] confusion, Weighting weighting) {
        if (weighting == null) {
            throw new IllegalArgumentException("weighting must not be null");
        }
        if (confusion == null || confusion.length == 0) {
            throw new IllegalArgumentException("confusion matrix must not be null or empty");
        }
        int k = confusion.length;
        double[] rows = new double[k];
        double[] columns = new double[k];
        double total = 0;
        for (int i = 0; i < k; i++) {
            if (confusion[i] == null || confusion[i].length != k) {
                throw new IllegalArgumentException("confusion matrix must be square (" + k + " × " + k
                        + "), row " + i + " is " + (confusion[i] == null ? "null" : "of length " + confusion[i].length));
            }
            for (int j = 0; j < k; j++) {
                if (confusion[i][j] < 0) {
                    throw new IllegalArgumentException("confusion matrix count [" + i + "][" + j + "] is negative: "
                            + confusion[i][j]);
                }
                rows[i] += confusion[i][j];
                columns[j] += confusion[i][j];
                total += confusion[i][j];
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("confusion matrix is all zeros");
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = weighting.disagreement(i, j);
                observed += w * confusion[i][j] / total;
                expected += w * (rows[i] / total) * (columns[j] / total);
            }
        }
        if (expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1.0 - observed / expected);
    }

    /**
     * Kappa from two parallel rating lists on the instrument's scale 1..5 (a 5 × 5 confusion matrix). Pairs in
     * which either rating is {@code null} (missing or n.v.t.) are dropped.
     *
     * @param first     ratings of the first rater, one per unit
     * @param second    ratings of the second rater for the same units, in the same order
     * @param weighting the weights
     * @return kappa, or empty when undefined (including when no complete pair remains)
     * @throws IllegalArgumentException when a list is null, the lists differ in size, a rating lies outside 1..5
     *                                  or the weighting is null
     */
    public static OptionalDouble ofRatings(List<Integer> first, List<Integer> second, Weighting weighting) {
        if (weighting == null) {
            throw new IllegalArgumentException("weighting must not be null");
        }
        int[][] confusion = confusionMatrix(first, second);
        boolean anyPair = false;
        for (int[] row : confusion) {
            for (int count : row) {
                anyPair |= count > 0;
            }
        }
        return anyPair ? of(confusion, weighting) : OptionalDouble.empty();
    }

    /**
     * The 5 × 5 confusion matrix of two parallel rating lists on the scale 1..5; {@code result[a-1][b-1]} counts
     * the units rated a by the first and b by the second rater. Pairs with a {@code null} are dropped.
     *
     * @param first  ratings of the first rater
     * @param second ratings of the second rater, same size and order
     * @return a new 5 × 5 count matrix
     * @throws IllegalArgumentException when a list is null, the lists differ in size or a rating lies outside 1..5
     */
    public static int[][] confusionMatrix(List<Integer> first, List<Integer> second) {
        if (first == null || second == null) {
            throw new IllegalArgumentException("rating lists must not be null");
        }
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("rating lists differ in size: " + first.size() + " and "
                    + second.size());
        }
        int levels = MAX_LEVEL - MIN_LEVEL + 1;
        int[][] confusion = new int[levels][levels];
        for (int u = 0; u < first.size(); u++) {
            Integer a = first.get(u);
            Integer b = second.get(u);
            if (a == null || b == null) {
                continue;
            }
            confusion[levelIndex(a, "first", u)][levelIndex(b, "second", u)]++;
        }
        return confusion;
    }

    private static int levelIndex(int rating, String rater, int unit) {
        if (rating < MIN_LEVEL || rating > MAX_LEVEL) {
            throw new IllegalArgumentException(rater + " rating of unit " + unit + " is " + rating + ", outside "
                    + MIN_LEVEL + ".." + MAX_LEVEL);
        }
        return rating - MIN_LEVEL;
    }
}
