package nl.methodetoets.statistics;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Descriptive statistics of scores: the arithmetic mean, the median (the middle value of the sorted values; for an
 * even count the mean of the two middle values, as the instrument's verdict rule prescribes) and the distribution
 * over the scale levels 1..5. In the collection-based methods {@code null} (missing or n.v.t.) is ignored. Empty
 * input gives an empty result.
 */
public final class Descriptives {

    /** Lowest level of the instrument's scale. */
    public static final int MIN_LEVEL = 1;
    /** Highest level of the instrument's scale. */
    public static final int MAX_LEVEL = 5;

    private Descriptives() {
    }

    /**
     * @param values finite values
     * @return the arithmetic mean, empty for no values
     * @throws IllegalArgumentException when {@code values} is null or holds a non-finite value
     */
    public static OptionalDouble mean(double... values) {
        validate(values);
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return OptionalDouble.of(sum / values.length);
    }

    /**
     * @param values finite values
     * @return the median (mean of the middle two for an even count), empty for no values
     * @throws IllegalArgumentException when {@code values} is null or holds a non-finite value
     */
    public static OptionalDouble median(double... values) {
        validate(values);
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0);
    }

    /**
     * @param scores scores, {@code null} for missing/n.v.t. (ignored)
     * @return the mean of the non-null scores, empty when there are none
     * @throws IllegalArgumentException when {@code scores} is null
     */
    public static OptionalDouble mean(Collection<Integer> scores) {
        return mean(nonNull(scores));
    }

    /**
     * @param scores scores, {@code null} for missing/n.v.t. (ignored)
     * @return the median of the non-null scores, empty when there are none
     * @throws IllegalArgumentException when {@code scores} is null
     */
    public static OptionalDouble median(Collection<Integer> scores) {
        return median(nonNull(scores));
    }

    /**
     * Counts per level of the scale.
     *
     * @param scores scores on the scale 1..5, {@code null} for missing/n.v.t. (ignored)
     * @return an unmodifiable map with the keys 1, 2, 3, 4, 5 in that order (zero counts included)
     * @throws IllegalArgumentException when {@code scores} is null or a score lies outside 1..5
     */
    public static Map<Integer, Integer> distribution(Collection<Integer> scores) {
        if (scores == null) {
            throw new IllegalArgumentException("scores must not be null");
        }
        int[] counts = new int[MAX_LEVEL - MIN_LEVEL + 1];
        for (Integer score : scores) {
            if (score == null) {
                continue;
            }
            if (score < MIN_LEVEL || score > MAX_LEVEL) {
                throw new IllegalArgumentException("score " + score + " lies outside " + MIN_LEVEL + ".." + MAX_LEVEL);
            }
            counts[score - MIN_LEVEL]++;
        }
        Map<Integer, Integer> distribution = new LinkedHashMap<>();
        for (int level = MIN_LEVEL; level <= MAX_LEVEL; level++) {
            distribution.put(level, counts[level - MIN_LEVEL]);
        }
        return Collections.unmodifiableMap(distribution);
    }

    private static double[] nonNull(Collection<Integer> scores) {
        if (scores == null) {
            throw new IllegalArgumentException("scores must not be null");
        }
        return scores.stream().filter(Objects::nonNull).mapToDouble(Integer::doubleValue).toArray();
    }

    private static void validate(double[] values) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " is not finite: " + values[i]);
            }
        }
    }
}
