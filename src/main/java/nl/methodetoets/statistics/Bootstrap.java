package nl.methodetoets.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence intervals (B. Efron and R. J. Tibshirani 1993, <i>An Introduction to the
 * Bootstrap</i>, Chapman &amp; Hall, chapter 13 "Confidence intervals based on bootstrap percentiles"): the
 * statistic is recomputed on {@code iterations} resamples drawn with replacement, and the interval at confidence
 * {@code level} runs from the (1 − level)/2 to the (1 + level)/2 quantile of the replicates. Quantiles interpolate
 * linearly between order statistics (R. J. Hyndman and Y. Fan 1996, "Sample quantiles in statistical packages",
 * <i>The American Statistician</i> 50(4), definition 7). Resampling uses a {@link SplittableRandom} created from
 * {@code seed}, so equal arguments always give the same interval.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * Interval for Krippendorff's alpha by resampling units: each replicate draws, with replacement, as many units
     * as there are pairable units (units with at least two non-missing values) from those pairable units. Replicates
     * in which alpha is undefined (no variation) are left out.
     *
     * @param units      units-oriented data as for {@link KrippendorffAlpha#ofUnits(List, Metric)}
     * @param metric     the difference function
     * @param iterations number of resamples, ≥ 1
     * @param seed       seed of the random generator
     * @param level      confidence level, strictly between 0 and 1 (e.g. 0.95)
     * @return the interval, or empty when alpha of the data is undefined or undefined in every replicate
     * @throws IllegalArgumentException on null data or metric, a null unit, iterations &lt; 1 or a level outside (0, 1)
     */
    public static Optional<Interval> alphaInterval(List<? extends List<Integer>> units, Metric metric, int iterations,
                                                   long seed, double level) {
        KrippendorffAlpha.requireMetric(metric);
        validate(iterations, level);
        List<int[]> pairable = KrippendorffAlpha.pairableUnits(units);
        if (!KrippendorffAlpha.compute(pairable, metric).isDefined()) {
            return Optional.empty();
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicates = new double[iterations];
        int defined = 0;
        List<int[]> resample = new ArrayList<>(pairable.size());
        for (int b = 0; b < iterations; b++) {
            resample.clear();
            for (int u = 0; u < pairable.size(); u++) {
                resample.add(pairable.get(random.nextInt(pairable.size())));
            }
            var alpha = KrippendorffAlpha.compute(resample, metric).alpha();
            if (alpha.isPresent()) {
                replicates[defined++] = alpha.getAsDouble();
            }
        }
        if (defined == 0) {
            return Optional.empty();
        }
        return Optional.of(percentileInterval(Arrays.copyOf(replicates, defined), level));
    }

    /**
     * Same as {@link #alphaInterval(List, Metric, int, long, double)} for a coders × units matrix.
     *
     * @param coderByUnit {@code coderByUnit[coder][unit]}, {@code null} for missing; rows of equal length
     * @param metric      the difference function
     * @param iterations  number of resamples, ≥ 1
     * @param seed        seed of the random generator
     * @param level       confidence level, strictly between 0 and 1
     * @return the interval, or empty when alpha is undefined
     * @throws IllegalArgumentException on invalid arguments
     */
    public static Optional<Interval> alphaInterval(Integer[][] coderByUnit, Metric metric, int iterations, long seed,
                                                   double level) {
        return alphaInterval(KrippendorffAlpha.unitsOf(coderByUnit), metric, iterations, seed, level);
    }

    /**
     * Interval for mean(a) − mean(b) of two independent samples, resampling each sample separately with replacement
     * at its own size.
     *
     * @param a          first sample (e.g. verdicts of year Y), non-empty, finite values
     * @param b          second sample (e.g. verdicts of year Y − 1), non-empty, finite values
     * @param iterations number of resamples, ≥ 1
     * @param seed       seed of the random generator
     * @param level      confidence level, strictly between 0 and 1
     * @return the percentile interval of the difference in means
     * @throws IllegalArgumentException on a null or empty sample, a non-finite value, iterations &lt; 1 or a level
     *                                  outside (0, 1)
     */
    public static Interval meanDifferenceInterval(double[] a, double[] b, int iterations, long seed, double level) {
        validateSample(a, "a");
        validateSample(b, "b");
        validate(iterations, level);
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicates = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            replicates[i] = resampledMean(a, random) - resampledMean(b, random);
        }
        return percentileInterval(replicates, level);
    }

    private static double resampledMean(double[] sample, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < sample.length; i++) {
            sum += sample[random.nextInt(sample.length)];
        }
        return sum / sample.length;
    }

    /** Percentile interval of the replicates (sorted in place). */
    static Interval percentileInterval(double[] replicates, double level) {
        Arrays.sort(replicates);
        return new Interval(quantile(replicates, (1.0 - level) / 2.0), quantile(replicates, (1.0 + level) / 2.0));
    }

    /** Hyndman–Fan definition 7 quantile of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    private static void validate(int iterations, double level) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("level must lie strictly between 0 and 1, got " + level);
        }
    }

    private static void validateSample(double[] sample, String name) {
        if (sample == null || sample.length == 0) {
            throw new IllegalArgumentException("sample " + name + " must not be null or empty");
        }
        for (int i = 0; i < sample.length; i++) {
            if (!Double.isFinite(sample[i])) {
                throw new IllegalArgumentException("sample " + name + " value " + i + " is not finite: " + sample[i]);
            }
        }
    }
}
