package nl.methodetoets.advice;

import java.util.List;
import java.util.Map;

/**
 * A round's numbers as served at {@code /api/advice-rounds/{year}/statistics} (API.md): agreement per criterion
 * from the reviewers' independent scores; verdicts, trend and "falls short" from the final verdicts and the
 * consolidated scores.
 */
public record RoundStatistics(int studies, Map<String, Long> verdicts, Map<String, CriterionStatistics> criteria,
                              Trend trend, List<String> fallsShort, Icc icc) {
    /** The trend's percentile bootstrap: seeded, so the same data always give the same interval. */
    public static final long BOOTSTRAP_SEED = 20121024L;
    public static final int BOOTSTRAP_ITERATIONS = 2000;

    /**
     * {@code belowThree}: studies whose consolidated score on the criterion is below 3 (voldoende);
     * {@code alphaOrdinalCi95}: seeded percentile-bootstrap interval of the ordinal alpha (resampling studies).
     */
    public record CriterionStatistics(String name, Double alphaNominal, Double alphaOrdinal, Double alphaInterval,
                                      int pairable, Double exactAgreement, Double withinOneAgreement, Double mean,
                                      long belowThree, List<Double> alphaOrdinalCi95) {
    }

    /** {@code reading}: aantoonbaar verbeterd / geen aantoonbare verandering / aantoonbaar verslechterd. */
    public record Trend(Integer previousYear, Double meanVerdictDifference, List<Double> ci95, String reading,
                        Map<String, CriterionTrend> criteria) {
    }

    public record CriterionTrend(Double previousMean, Double mean, Double difference, List<Double> ci95, String reading) {
    }

    /**
     * ICC(1), one-way random (each study has its own reviewers), on the reviewers' own verdicts (the verdict formula
     * applied to each reviewer's independent scores) and per criterion on the independent scores.
     */
    public record Icc(IccValue verdict, Map<String, IccValue> criteria) {
    }

    /**
     * {@code value}: null when undefined, i.e. fewer than two studies with two or more ratings, or studies with
     * different numbers of ratings ({@code ratingsPerStudy} 0); studies with fewer than two ratings (n.v.t.) are left
     * out. {@code studies}: the studies it was computed on.
     */
    public record IccValue(Double value, int studies, int ratingsPerStudy) {
    }

    /**
     * Plain-language reading of a 95% interval for a difference (this year minus the previous), worded by the
     * Dutch bundle ({@code advice.reading.*}): the API and the advice document speak Dutch.
     */
    static String reading(double lo, double hi) {
        String key = lo > 0 ? "advice.reading.improved" : hi < 0 ? "advice.reading.worsened" : "advice.reading.unchanged";
        return nl.methodetoets.common.DocumentTemplates.dutch().getMessage(key);
    }
}
