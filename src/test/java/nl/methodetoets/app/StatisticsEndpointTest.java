package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.methodetoets.advice.RoundStatistics;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.statistics.AgreementCounts;
import nl.methodetoets.statistics.Bootstrap;
import nl.methodetoets.statistics.Descriptives;
import nl.methodetoets.statistics.Interval;
import nl.methodetoets.statistics.IntraclassCorrelation;
import nl.methodetoets.statistics.KrippendorffAlpha;
import nl.methodetoets.statistics.Metric;
import nl.methodetoets.statistics.PairwiseAgreement;
import org.junit.jupiter.api.Test;

/**
 * The statistics endpoint for years driven through the API returns exactly what the statistics module computes
 * from the reviewers' stored independent scores (criteria) and the chair's verdicts (distribution, trend).
 */
class StatisticsEndpointTest extends ApplicationTestBase {
    private static final int YEAR = 2016;
    private static final int PREVIOUS = 2015;

    @Test
    void endpointEqualsTheModuleOnTheStoredIndependentScores() {
        Scenario people = new Scenario(port, admin()).organisations("st-gemeente", "st-ministerie", "st-uni-a", "st-uni-b");
        ApiClient submitter = people.user("st-indiener", "st-gemeente", "SUBMITTER");
        ApiClient secretariat = people.user("st-secretaris", "st-ministerie", "SECRETARIAT");
        ApiClient chair = people.user("st-voorzitter", "st-ministerie", "CHAIR");
        people.user("st-r1", "st-uni-a", "REVIEWER");
        people.user("st-r2", "st-uni-b", "REVIEWER");

        // per study: reviewer 1's and reviewer 2's scores on K1..K8 (0 = n.v.t.), no consensus trigger among them
        int[][][] thisYear = {
                {{4, 4, 4, 5, 4, 4, 4, 4}, {4, 4, 5, 5, 4, 4, 4, 5}},
                {{3, 3, 3, 3, 3, 4, 3, 3}, {3, 3, 4, 3, 3, 3, 3, 4}},
                {{5, 5, 5, 5, 5, 5, 5, 5}, {5, 5, 5, 4, 5, 5, 5, 5}}};
        int[][][] lastYear = {
                {{2, 2, 2, 2, 2, 2, 2, 2}, {2, 2, 2, 2, 2, 2, 3, 2}},
                {{3, 3, 3, 3, 3, 3, 3, 3}, {3, 3, 3, 3, 3, 3, 3, 3}}};
        List<Integer> verdicts = new ArrayList<>();
        for (int[][] sheets : thisYear) {
            verdicts.add(assess(people, submitter, secretariat, chair, YEAR, sheets));
        }
        List<Integer> previousVerdicts = new ArrayList<>();
        for (int[][] sheets : lastYear) {
            previousVerdicts.add(assess(people, submitter, secretariat, chair, PREVIOUS, sheets));
        }

        JsonNode statistics = secretariat.get("/api/advice-rounds/" + YEAR + "/statistics").json();
        assertThat(statistics.get("studies").asInt()).isEqualTo(3);
        for (int level = 1; level <= 5; level++) {
            final int l = level;
            assertThat(statistics.get("verdicts").get(String.valueOf(level)).asLong())
                    .isEqualTo(verdicts.stream().filter(v -> v == l).count());
        }
        for (int k = 0; k < 8; k++) {
            List<List<Integer>> units = new ArrayList<>();
            for (int[][] sheets : thisYear) {
                units.add(Arrays.asList(sheets[0][k], sheets[1][k]));
            }
            JsonNode criterion = statistics.get("criteria").get("K" + (k + 1));
            assertEqual(criterion.get("alphaNominal"), KrippendorffAlpha.ofUnits(units, Metric.NOMINAL).alpha());
            assertEqual(criterion.get("alphaOrdinal"), KrippendorffAlpha.ofUnits(units, Metric.ORDINAL).alpha());
            assertEqual(criterion.get("alphaInterval"), KrippendorffAlpha.ofUnits(units, Metric.INTERVAL).alpha());
            assertThat(criterion.get("pairable").asInt()).isEqualTo(KrippendorffAlpha.ofUnits(units, Metric.ORDINAL).pairableValues());
            AgreementCounts agreement = PairwiseAgreement.ofUnits(units);
            assertEqual(criterion.get("exactAgreement"), agreement.exactShare());
            assertEqual(criterion.get("withinOneAgreement"), agreement.withinOneShare());
            assertEqual(criterion.get("mean"), Descriptives.mean(units.stream().flatMap(List::stream).toList()));
            List<List<Integer>> canonical = units.stream().sorted(java.util.Comparator.comparing((List<Integer> u) -> u.stream()
                    .map(v -> v == null ? "-" : String.valueOf(v)).sorted().toList().toString())).toList();
            var alphaCi = Bootstrap.alphaInterval(canonical, Metric.ORDINAL, RoundStatistics.BOOTSTRAP_ITERATIONS,
                    RoundStatistics.BOOTSTRAP_SEED, 0.95);
            if (alphaCi.isPresent()) {
                assertThat(criterion.get("alphaOrdinalCi95").get(0).asDouble()).isCloseTo(alphaCi.get().lo(), within(1e-9));
                assertThat(criterion.get("alphaOrdinalCi95").get(1).asDouble()).isCloseTo(alphaCi.get().hi(), within(1e-9));
            } else {
                assertThat(criterion.get("alphaOrdinalCi95").isNull()).isTrue();
            }
        }
        assertIccEqualsTheModule(statistics.get("icc"), thisYear);
        JsonNode trend = statistics.get("trend");
        assertThat(trend.get("previousYear").asInt()).isEqualTo(PREVIOUS);
        double[] a = verdicts.stream().mapToDouble(Integer::doubleValue).sorted().toArray();
        double[] b = previousVerdicts.stream().mapToDouble(Integer::doubleValue).sorted().toArray();
        assertThat(trend.get("meanVerdictDifference").asDouble())
                .isCloseTo(Descriptives.mean(a).getAsDouble() - Descriptives.mean(b).getAsDouble(), within(1e-9));
        Interval ci = Bootstrap.meanDifferenceInterval(a, b, RoundStatistics.BOOTSTRAP_ITERATIONS, RoundStatistics.BOOTSTRAP_SEED, 0.95);
        assertThat(trend.get("ci95").get(0).asDouble()).isCloseTo(ci.lo(), within(1e-9));
        assertThat(trend.get("ci95").get(1).asDouble()).isCloseTo(ci.hi(), within(1e-9));
        assertThat(ci.lo()).as("this year is clearly better than last").isGreaterThan(0);
        assertThat(trend.get("reading").asText()).isEqualTo("aantoonbaar verbeterd");
        assertThat(trend.get("criteria").get("K1").get("previousMean").asDouble()).isCloseTo(2.5, within(1e-9));

        // calibration: deviation from the consolidated score (two reviewers: the lower score), and pairwise kappa
        JsonNode calibration = chair.get("/api/advice-rounds/" + YEAR + "/calibration").json();
        assertThat(submitter.get("/api/advice-rounds/" + YEAR + "/calibration").status()).isEqualTo(403);
        Map<String, JsonNode> byReviewer = new HashMap<>();
        calibration.get("reviewers").forEach(r -> byReviewer.put(r.get("reviewerId").asText(), r));
        assertThat(byReviewer.get("st-r1").get("meanDeviation").get("K3").asDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(byReviewer.get("st-r2").get("meanDeviation").get("K3").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        for (int[][] sheets : thisYear) {
            for (int k = 0; k < 8; k++) {
                first.add(sheets[0][k]);
                second.add(sheets[1][k]);
            }
        }
        JsonNode pair = calibration.get("pairs").get(0);
        assertThat(pair.get("sharedStudies").asInt()).isEqualTo(3);
        assertThat(pair.get("weightedKappa").asDouble()).isCloseTo(
                nl.methodetoets.statistics.CohensKappa.ofRatings(first, second, nl.methodetoets.statistics.Weighting.QUADRATIC)
                        .getAsDouble(), within(1e-9));

        String page = chair.get("/advice/" + YEAR).text();
        assertThat(page).contains("<svg").contains("Kalibratie van beoordelaars").contains("aantoonbaar verbeterd");
        assertThat(page).contains("Intraclasscorrelatie ICC(1)");
        // no round published for the year: the figures are for the chair, the secretariat and the admin only
        assertThat(submitter.get("/advice/" + YEAR).status()).isEqualTo(403);
        assertThat(submitter.get("/advice/" + YEAR).text()).doesNotContain("<svg").contains("geen toestemming");
        assertThat(submitter.get("/api/advice-rounds/" + YEAR + "/statistics").status()).isEqualTo(403);
        assertThat(people.as("st-r1").get("/api/advice-rounds/" + YEAR + "/statistics").status()).isEqualTo(403);
        assertThat(secretariat.get("/advice/" + YEAR).text()).contains("<svg").contains("Kalibratie van beoordelaars");
        assertThat(admin().get("/advice/" + YEAR).text()).contains("<svg").contains("Kalibratie van beoordelaars");
        assertThat(admin().get("/api/advice-rounds/" + YEAR + "/calibration").status()).isEqualTo(200);
    }

    /**
     * ICC(1) per criterion on the stored independent scores, and on the reviewers' own verdicts: the verdict formula
     * (E = min(floor(median), K1 + 1, min(K2, K4, K5, K6) + 1)) applied to each reviewer's sheet.
     */
    private static void assertIccEqualsTheModule(JsonNode icc, int[][][] sheets) {
        for (int k = 0; k < 8; k++) {
            List<List<Integer>> units = new ArrayList<>();
            for (int[][] study : sheets) {
                units.add(Arrays.asList(study[0][k], study[1][k]));
            }
            JsonNode criterion = icc.get("criteria").get("K" + (k + 1));
            IntraclassCorrelation.OneWay expected = IntraclassCorrelation.icc1(units);
            assertEqual(criterion.get("value"), expected.icc());
            assertThat(criterion.get("studies").asInt()).isEqualTo(3);
            assertThat(criterion.get("ratingsPerStudy").asInt()).isEqualTo(2);
        }
        List<List<Integer>> ownVerdicts = new ArrayList<>();
        for (int[][] study : sheets) {
            ownVerdicts.add(List.of(ownVerdict(study[0]), ownVerdict(study[1])));
        }
        IntraclassCorrelation.OneWay expected = IntraclassCorrelation.icc1(ownVerdicts);
        assertEqual(icc.get("verdict").get("value"), expected.icc());
        assertThat(icc.get("verdict").get("studies").asInt()).isEqualTo(3);
        assertThat(icc.get("verdict").get("ratingsPerStudy").asInt()).isEqualTo(2);
    }

    /** The verdict formula for a complete sheet (no n.v.t.). */
    private static int ownVerdict(int[] sheet) {
        int[] sorted = Arrays.stream(sheet).sorted().toArray();
        double median = (sorted[3] + sorted[4]) / 2.0;
        int weakest = Math.min(Math.min(sheet[1], sheet[3]), Math.min(sheet[4], sheet[5]));
        return Math.min((int) Math.floor(median), Math.min(sheet[0] + 1, weakest + 1));
    }

    private static void assertEqual(JsonNode actual, OptionalDouble expected) {
        if (expected.isEmpty()) {
            assertThat(actual.isNull()).as("undefined is null").isTrue();
        } else {
            assertThat(actual.asDouble()).isCloseTo(expected.getAsDouble(), within(1e-9));
        }
    }

    /** Submits, accepts, assigns, scores with the given sheets and lets the chair take the computed verdict. */
    private static int assess(Scenario people, ApiClient submitter, ApiClient secretariat, ApiClient chair, int year, int[][] sheets) {
        Map<String, Object> metadata = Scenario.metadata("Statistiek " + year + " " + System.nanoTime(), "st-gemeente", year,
                "EFFECT", "WONEN");
        metadata.put("wijken", List.of());
        Scenario.Study study = Scenario.submit(submitter, metadata, DemoReports.pdf("S", 1))
                .acceptAndAssign(secretariat, List.of("st-r1", "st-r2"));
        for (int r = 0; r < 2; r++) {
            study.scores(people.as("st-r" + (r + 1)), Scenario.sheet(sheets[r]));
        }
        return study.takeComputedVerdict(chair);
    }
}
