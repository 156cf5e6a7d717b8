package nl.methodetoets.statistics;

import java.util.OptionalDouble;

/**
 * Fleiss' kappa for a fixed number of ratings per subject, as defined in J. L. Fleiss (1971), "Measuring nominal
 * scale agreement among many raters", <i>Psychological Bulletin</i> 76(5), 378–382:
 * <pre>
 *   P_i = (Σ_j n_ij² − n) / (n (n − 1)),   P̄ = (1/N) Σ_i P_i
 *   p_j = Σ_i n_ij / (N n),                P̄_e = Σ_j p_j²
 *   κ   = (P̄ − P̄_e) / (1 − P̄_e)
 * </pre>
 * for N subjects, n ratings per subject and n_ij the number of raters who put subject i in category j.
 * Kappa is undefined (empty) when P̄_e = 1, i.e. all ratings fall in a single category.
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    /**
     * @param counts {@code counts[subject][category]}, non-negative; every subject (row) must have the same total
     *               number of ratings n ≥ 2 and the same number of categories
     * @return kappa, or empty when undefined
     * @throws IllegalArgumentException when the matrix is null or empty, a row is null or empty, rows differ in
     *                                  length or in total, a count is negative, or n &lt; 2
     */
    public static OptionalDouble of(int[][] counts) {
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("count matrix must not be null or empty");
        }
        int subjects = counts.length;
        if (counts[0] == null || counts[0].length == 0) {
            throw new IllegalArgumentException("subject 0 has no categories");
        }
        int categories = counts[0].length;
        long raters = -1;
        double[] categoryTotals = new double[categories];
        double agreementSum = 0;
        for (int i = 0; i < subjects; i++) {
            int[] row = counts[i];
            if (row == null || row.length != categories) {
                throw new IllegalArgumentException("subject " + i + " must have " + categories + " category counts");
            }
            long n = 0;
            long squares = 0;
            for (int j = 0; j < categories; j++) {
                if (row[j] < 0) {
                    throw new IllegalArgumentException("count of subject " + i + ", category " + j + " is negative: "
                            + row[j]);
                }
                n += row[j];
                squares += (long) row[j] * row[j];
                categoryTotals[j] += row[j];
            }
            if (raters < 0) {
                raters = n;
                if (raters < 2) {
                    throw new IllegalArgumentException("each subject needs at least 2 ratings, subject 0 has " + n);
                }
            } else if (n != raters) {
                throw new IllegalArgumentException("every subject must have the same number of ratings: subject 0 has "
                        + raters + ", subject " + i + " has " + n);
            }
            agreementSum += (double) (squares - n) / ((double) n * (n - 1));
        }
        double meanAgreement = agreementSum / subjects;
        double expected = 0;
        for (int j = 0; j < categories; j++) {
            double p = categoryTotals[j] / ((double) subjects * raters);
            expected += p * p;
        }
        if (expected >= 1.0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((meanAgreement - expected) / (1.0 - expected));
    }
}
