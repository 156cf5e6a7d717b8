package nl.methodetoets.statistics;

/**
 * A closed confidence interval [lo, hi].
 *
 * @param lo lower bound
 * @param hi upper bound, not below {@code lo}
 */
public record Interval(double lo, double hi) {

    public Interval {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new IllegalArgumentException("interval bounds must not be NaN");
        }
        if (lo > hi) {
            throw new IllegalArgumentException("interval lower bound " + lo + " exceeds upper bound " + hi);
        }
    }

    /**
     * @param value a value
     * @return whether lo ≤ value ≤ hi
     */
    public boolean contains(double value) {
        return lo <= value && value <= hi;
    }
}
