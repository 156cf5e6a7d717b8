package nl.methodetoets.statistics;

import java.util.OptionalDouble;

/**
 * Intraclass correlations for single ratings, as defined in P. E. Shrout and J. L. Fleiss (1979), "Intraclass
 * correlations: uses in assessing rater reliability", <i>Psychological Bulletin</i> 86(2), 420–428, Table 2, for n
 * targets each rated by the same k judges (complete data):
 * <pre>
 *   ICC(1,1) = (BMS − WMS) / (BMS + (k−1) WMS)                          one-way random
 *   ICC(2,1) = (BMS − EMS) / (BMS + (k−1) EMS + k (JMS − EMS) / n)      two-way random
 *   ICC(3,1) = (BMS − EMS) / (BMS + (k−1) EMS)                          two-way mixed, consistency
 * </pre>
 * with BMS the between-targets, WMS the within-target, JMS the between-judges and EMS the residual mean square.
 * A coefficient is undefined (empty) when its denominator is zero (e.g. all ratings equal).
 */
public final class IntraclassCorrelation {

    private IntraclassCorrelation() {
    }

    /**
     * @param ratings {@code ratings[target][judge]}, at least 2 × 2, rectangular, finite
     * @return ICC(1,1), or empty when undefined
     * @throws IllegalArgumentException when the matrix is invalid (see class description)
     */
    public static OptionalDouble icc11(double[][] ratings) {
        MeanSquares ms = meanSquares(ratings);
        return ratio(ms.bms - ms.wms, ms.bms + (ms.k - 1) * ms.wms);
    }

    /**
     * @param ratings {@code ratings[target][judge]}, at least 2 × 2, rectangular, finite
     * @return ICC(2,1), or empty when undefined
     * @throws IllegalArgumentException when the matrix is invalid (see class description)
     */
    public static OptionalDouble icc21(double[][] ratings) {
        MeanSquares ms = meanSquares(ratings);
        return ratio(ms.bms - ms.ems, ms.bms + (ms.k - 1) * ms.ems + ms.k * (ms.jms - ms.ems) / ms.n);
    }

    /**
     * @param ratings {@code ratings[target][judge]}, at least 2 × 2, rectangular, finite
     * @return ICC(3,1), or empty when undefined
     * @throws IllegalArgumentException when the matrix is invalid (see class description)
     */
    public static OptionalDouble icc31(double[][] ratings) {
        MeanSquares ms = meanSquares(ratings);
        return ratio(ms.bms - ms.ems, ms.bms + (ms.k - 1) * ms.ems);
    }

    /**
     * Converts integer scores (e.g. {@code scores[study][reviewer]}) for use with the ICC methods.
     *
     * @param ratings integer matrix
     * @return the same values as doubles
     * @throws IllegalArgumentException when the matrix or a row is null
     */
    public static double[][] toDoubles(int[][] ratings) {
        if (ratings == null) {
            throw new IllegalArgumentException("ratings must not be null");
        }
        double[][] result = new double[ratings.length][];
        for (int i = 0; i < ratings.length; i++) {
            if (ratings[i] == null) {
                throw new IllegalArgumentException("ratings of target " + i + " are null");
            }
            result[i] = new double[ratings[i].length];
            for (int j = 0; j < ratings[i].length; j++) {
                result[i][j] = ratings[i][j];
            }
        }
        return result;
    }

    private static OptionalDouble ratio(double numerator, double denominator) {
        if (denominator == 0 || !Double.isFinite(numerator / denominator)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(numerator / denominator);
    }

    private record MeanSquares(int n, int k, double bms, double wms, double jms, double ems) {
    }

    private static MeanSquares meanSquares(double[][] x) {
        if (x == null || x.length < 2) {
            throw new IllegalArgumentException("ICC needs at least 2 targets");
        }
        int n = x.length;
        if (x[0] == null || x[0].length < 2) {
            throw new IllegalArgumentException("ICC needs at least 2 judges per target");
        }
        int k = x[0].length;
        double[] rowMeans = new double[n];
        double[] columnMeans = new double[k];
        double grand = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] == null || x[i].length != k) {
                throw new IllegalArgumentException("ICC needs complete data: target " + i + " must have " + k
                        + " ratings");
            }
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("rating [" + i + "][" + j + "] is not finite: " + x[i][j]);
                }
                rowMeans[i] += x[i][j];
                columnMeans[j] += x[i][j];
                grand += x[i][j];
            }
            rowMeans[i] /= k;
        }
        for (int j = 0; j < k; j++) {
            columnMeans[j] /= n;
        }
        grand /= n * (double) k;
        double ssBetween = 0;
        for (double rowMean : rowMeans) {
            ssBetween += k * (rowMean - grand) * (rowMean - grand);
        }
        double ssJudges = 0;
        for (double columnMean : columnMeans) {
            ssJudges += n * (columnMean - grand) * (columnMean - grand);
        }
        double ssWithin = 0;
        double ssError = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double within = x[i][j] - rowMeans[i];
                double residual = within - columnMeans[j] + grand;
                ssWithin += within * within;
                ssError += residual * residual;
            }
        }
        return new MeanSquares(n, k, ssBetween / (n - 1), ssWithin / (n * (k - 1.0)), ssJudges / (k - 1),
                ssError / ((n - 1.0) * (k - 1)));
    }
}
