package nl.methodetoets.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The one-way random intraclass correlation for single ratings, ICC(1) = ICC(1,1) in P. E. Shrout and J. L. Fleiss
 * (1979), "Intraclass correlations: uses in assessing rater reliability", <i>Psychological Bulletin</i> 86(2),
 * 420–428, Table 2, for n targets each rated by k judges:
 * <pre>
 *   ICC(1,1) = (BMS − WMS) / (BMS + (k−1) WMS)
 * </pre>
 * with BMS the between-targets and WMS the within-target mean square. One-way is the model for the commission:
 * each study has its own reviewers, so judge effects cannot be separated from error (the two-way forms ICC(2,1)
 * and ICC(3,1) need the same judges for every target and are deliberately not offered). The coefficient is
 * undefined (empty) when its denominator is zero (e.g. all ratings equal).
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

    /** ICC(1) over units (e.g. studies) of ratings, with what it was computed on. */
    public record OneWay(OptionalDouble icc, int targets, int ratingsPerTarget) {
    }

    /**
     * ICC(1) over units of integer ratings where {@code null} is missing (n.v.t.): units with fewer than two ratings
     * are left out; the rest must all have the same number of ratings k ≥ 2, and there must be at least two of them,
     * else the coefficient is undefined (empty, with {@code ratingsPerTarget} 0 when the units differ in size).
     *
     * @param units the ratings of each target, in any order; null entries are missing ratings
     * @return ICC(1) with the number of targets used and the ratings per target
     */
    public static OneWay icc1(List<? extends List<Integer>> units) {
        List<double[]> rows = new ArrayList<>();
        int k = -1;
        boolean sameSize = true;
        for (List<Integer> unit : units) {
            double[] values = unit.stream().filter(Objects::nonNull).mapToDouble(Integer::doubleValue).toArray();
            if (values.length < 2) {
                continue;
            }
            sameSize &= k < 0 || values.length == k;
            k = values.length;
            rows.add(values);
        }
        if (!sameSize) {
            return new OneWay(OptionalDouble.empty(), rows.size(), 0);
        }
        if (rows.size() < 2) {
            return new OneWay(OptionalDouble.empty(), rows.size(), Math.max(k, 0));
        }
        return new OneWay(icc11(rows.toArray(double[][]::new)), rows.size(), k);
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

    private record MeanSquares(int n, int k, double bms, double wms) {
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
                grand += x[i][j];
            }
            rowMeans[i] /= k;
        }
        grand /= n * (double) k;
        double ssBetween = 0;
        for (double rowMean : rowMeans) {
            ssBetween += k * (rowMean - grand) * (rowMean - grand);
        }
        double ssWithin = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double within = x[i][j] - rowMeans[i];
                ssWithin += within * within;
            }
        }
        return new MeanSquares(n, k, ssBetween / (n - 1), ssWithin / (n * (k - 1.0)));
    }
}
