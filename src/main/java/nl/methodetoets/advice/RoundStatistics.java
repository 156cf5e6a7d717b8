package nl.methodetoets.advice;

import java.util.List;
import java.util.Map;

/**
 * A round's numbers as served at {@code /api/advice-rounds/{year}/statistics} (API.md): agreement per criterion
 * from the reviewers' independent scores, verdicts and trend from the final verdicts.
 */
public record RoundStatistics(int studies, Map<String, Long> verdicts, Map<String, CriterionStatistics> criteria,
                              Trend trend) {
    /** The trend's percentile bootstrap: seeded, so the same data always give the same interval. */
    public static final long BOOTSTRAP_SEED = 20121024L;
    public static final int BOOTSTRAP_ITERATIONS = 2000;

    public record CriterionStatistics(String name, Double alphaNominal, Double alphaOrdinal, Double alphaInterval,
                                      int pairable, Double exactAgreement, Double withinOneAgreement, Double mean,
                                      long belowThree) {
    }

    /** {@code reading}: improved / no demonstrable change / declined, in Dutch, from the 95% interval. */
    public record Trend(Integer previousYear, Double meanVerdictDifference, List<Double> ci95, String reading) {
    }
}
