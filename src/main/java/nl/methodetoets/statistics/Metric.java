package nl.methodetoets.statistics;

/**
 * Difference functions (metrics) for Krippendorff's alpha, as defined in K. Krippendorff (2011),
 * <i>Computing Krippendorff's Alpha-Reliability</i>, Annenberg School for Communication, University of
 * Pennsylvania, section "metric differences". Values are the integer scores of the instrument.
 */
public enum Metric {

    /** Nominal: δ²(c,k) = 0 if c = k, otherwise 1. */
    NOMINAL,

    /**
     * Ordinal: δ²(c,k) = ( Σ<sub>g=c..k</sub> n<sub>g</sub> − (n<sub>c</sub> + n<sub>k</sub>) / 2 )², where
     * n<sub>g</sub> are the marginal frequencies of the categories in the coincidence matrix, the sum
     * running over the categories ranked from c to k.
     */
    ORDINAL,

    /** Interval: δ²(c,k) = (c − k)². */
    INTERVAL
}
