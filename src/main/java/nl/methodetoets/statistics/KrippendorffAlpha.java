package nl.methodetoets.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Krippendorff's alpha for reliability data with missing values, computed from the coincidence matrix as
 * defined in K. Krippendorff (2011), <i>Computing Krippendorff's Alpha-Reliability</i> (Annenberg School for
 * Communication, University of Pennsylvania), section C "Multiple coders, missing values":
 * <pre>
 *   o_ck = Σ_u (number of c–k pairs in unit u) / (m_u − 1)        (ordered pairs of values of different coders)
 *   n_c  = Σ_k o_ck ,   n.. = Σ_c n_c
 *   α    = 1 − (n.. − 1) · Σ_c Σ_k o_ck δ²_ck  /  Σ_c Σ_k n_c n_k δ²_ck
 * </pre>
 * with the difference function δ² of the chosen {@link Metric}. A missing value ({@code null}, which is also how
 * n.v.t. is passed in) is left out; units with fewer than two values are not pairable and are left out. Alpha is
 * undefined (empty) when no pairable values remain or when the pairable values show no variation (a single
 * category, so that the expected disagreement is zero).
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /**
     * Alpha from units-oriented reliability data.
     *
     * @param units  one list per unit (e.g. per study), holding the values of the coders (reviewers) for that unit;
     *               {@code null} entries are missing values (n.v.t.); the order of coders within a unit is irrelevant
     * @param metric the difference function
     * @return alpha (empty when undefined) with the number of pairable values and units
     * @throws IllegalArgumentException when {@code units}, one of the units or {@code metric} is null
     */
    public static AlphaResult ofUnits(List<? extends List<Integer>> units, Metric metric) {
        requireMetric(metric);
        return compute(pairableUnits(units), metric);
    }

    /**
     * Alpha from a reliability data matrix in Krippendorff's layout: one row per coder, one column per unit.
     *
     * @param coderByUnit {@code coderByUnit[coder][unit]}, {@code null} for a missing value (n.v.t.); all rows must
     *                    have the same length
     * @param metric      the difference function
     * @return alpha (empty when undefined) with the number of pairable values and units
     * @throws IllegalArgumentException when the matrix is null, a row is null, rows differ in length or the metric is
     *                                  null
     */
    public static AlphaResult ofCoderMatrix(Integer[][] coderByUnit, Metric metric) {
        requireMetric(metric);
        return ofUnits(unitsOf(coderByUnit), metric);
    }

    /**
     * Turns a coders × units matrix into units-oriented data (the transpose), keeping {@code null}s.
     *
     * @param coderByUnit {@code coderByUnit[coder][unit]}; all rows must have the same length
     * @return an unmodifiable list with one (unmodifiable, null-permitting) list of coder values per unit
     * @throws IllegalArgumentException when the matrix or a row is null or rows differ in length
     */
    public static List<List<Integer>> unitsOf(Integer[][] coderByUnit) {
        if (coderByUnit == null) {
            throw new IllegalArgumentException("reliability data matrix must not be null");
        }
        int unitCount = coderByUnit.length == 0 ? 0 : rowLength(coderByUnit, 0);
        for (int coder = 1; coder < coderByUnit.length; coder++) {
            if (rowLength(coderByUnit, coder) != unitCount) {
                throw new IllegalArgumentException("reliability data matrix is ragged: coder " + coder + " has "
                        + coderByUnit[coder].length + " units, coder 0 has " + unitCount);
            }
        }
        List<List<Integer>> units = new ArrayList<>(unitCount);
        for (int unit = 0; unit < unitCount; unit++) {
            Integer[] values = new Integer[coderByUnit.length];
            for (int coder = 0; coder < coderByUnit.length; coder++) {
                values[coder] = coderByUnit[coder][unit];
            }
            units.add(Collections.unmodifiableList(Arrays.asList(values)));
        }
        return Collections.unmodifiableList(units);
    }

    private static int rowLength(Integer[][] matrix, int coder) {
        if (matrix[coder] == null) {
            throw new IllegalArgumentException("reliability data matrix: row of coder " + coder + " is null");
        }
        return matrix[coder].length;
    }

    static void requireMetric(Metric metric) {
        if (metric == null) {
            throw new IllegalArgumentException("metric must not be null");
        }
    }

    /** The non-missing values of every unit that has at least two of them (the pairable units). */
    static List<int[]> pairableUnits(List<? extends List<Integer>> units) {
        if (units == null) {
            throw new IllegalArgumentException("units must not be null");
        }
        List<int[]> pairable = new ArrayList<>(units.size());
        int index = 0;
        for (List<Integer> unit : units) {
            if (unit == null) {
                throw new IllegalArgumentException("unit " + index + " is null (use null values for missing data)");
            }
            int[] values = unit.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
            if (values.length >= 2) {
                pairable.add(values);
            }
            index++;
        }
        return pairable;
    }

    /** Alpha over pairable units (each with at least two values). */
    static AlphaResult compute(List<int[]> pairable, Metric metric) {
        int[] categories = pairable.stream().flatMapToInt(Arrays::stream).distinct().sorted().toArray();
        int k = categories.length;
        int pairableValues = pairable.stream().mapToInt(values -> values.length).sum();
        if (k < 2) {
            return new AlphaResult(OptionalDouble.empty(), pairableValues, pairable.size());
        }
        double[][] coincidences = new double[k][k];
        for (int[] values : pairable) {
            double weight = 1.0 / (values.length - 1);
            int[] index = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                index[i] = Arrays.binarySearch(categories, values[i]);
            }
            for (int i = 0; i < values.length; i++) {
                for (int j = 0; j < values.length; j++) {
                    if (i != j) {
                        coincidences[index[i]][index[j]] += weight;
                    }
                }
            }
        }
        double[] marginals = new double[k];
        double total = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                marginals[c] += coincidences[c][d];
            }
            total += marginals[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c != d) {
                    double delta2 = delta2(metric, categories, marginals, c, d);
                    observed += coincidences[c][d] * delta2;
                    expected += marginals[c] * marginals[d] * delta2;
                }
            }
        }
        double alpha = 1.0 - (total - 1.0) * observed / expected;
        return new AlphaResult(OptionalDouble.of(alpha), pairableValues, pairable.size());
    }

    /** δ²(c,d) for category indexes c and d (into the sorted {@code categories}). */
    private static double delta2(Metric metric, int[] categories, double[] marginals, int c, int d) {
        switch (metric) {
            case NOMINAL:
                return c == d ? 0.0 : 1.0;
            case INTERVAL:
                double difference = (double) categories[c] - categories[d];
                return difference * difference;
            case ORDINAL:
                int low = Math.min(c, d);
                int high = Math.max(c, d);
                double sum = 0;
                for (int g = low; g <= high; g++) {
                    sum += marginals[g];
                }
                double rankDistance = sum - (marginals[c] + marginals[d]) / 2.0;
                return rankDistance * rankDistance;
            default:
                throw new IllegalArgumentException("unsupported metric " + metric);
        }
    }
}
