package nl.methodetoets.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import nl.methodetoets.review.OwnVerdicts;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.statistics.AgreementCounts;
import nl.methodetoets.statistics.Bootstrap;
import nl.methodetoets.statistics.Descriptives;
import nl.methodetoets.statistics.Interval;
import nl.methodetoets.statistics.IntraclassCorrelation;
import nl.methodetoets.statistics.KrippendorffAlpha;
import nl.methodetoets.statistics.Metric;
import nl.methodetoets.statistics.PairwiseAgreement;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyAssessment;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.SubmissionManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a round's statistics with the pure statistics module, from the reviewers' independent scores. An
 * objection's re-review is not one of them ({@link ReviewManagement#independentScores} leaves it out): it is no random
 * second rating. The verdict distribution and trend use the final verdicts, as amended by upheld objections.
 */
@Component
@Transactional(readOnly = true)
class AdviceStatistics {
    /** Studies with a verdict: under objection too (their verdict stands until the chair amends it). */
    private static final Set<StudyStatus> DONE = Set.of(StudyStatus.ASSESSED, StudyStatus.IN_OBJECTION, StudyStatus.PUBLISHED);

    private final SubmissionManagement submissions;
    private final ReviewManagement reviews;
    private final OwnVerdicts ownVerdicts;

    AdviceStatistics(SubmissionManagement submissions, ReviewManagement reviews, OwnVerdicts ownVerdicts) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.ownVerdicts = ownVerdicts;
    }

    /** Statistics of the given studies of {@code year}, per criterion of the round's rubric version. */
    RoundStatistics compute(int year, List<String> studyIds) {
        Rubric rubric = roundRubric(studyIds);
        Map<String, Long> verdicts = new LinkedHashMap<>();
        for (int level = 1; level <= 5; level++) {
            verdicts.put(String.valueOf(level), 0L);
        }
        List<Integer> finalVerdicts = verdictsOf(studyIds);
        finalVerdicts.forEach(v -> verdicts.merge(String.valueOf(v), 1L, Long::sum));
        List<Map<String, Map<String, Integer>>> sheets = studyIds.stream().map(reviews::independentScores).toList();
        List<Map<String, Integer>> consolidated = studyIds.stream().map(reviews::consolidatedScores).toList();
        Map<String, RoundStatistics.CriterionStatistics> criteria = new LinkedHashMap<>();
        for (Rubric.Criterion criterion : rubric.criteria()) {
            long belowThree = consolidated.stream().map(c -> c.get(criterion.code()))
                    .filter(level -> level != null && level < 3).count();
            criteria.put(criterion.code(), criterion(criterion.name(), units(sheets, criterion.code()), belowThree));
        }
        List<String> fallsShort = criteria.entrySet().stream().filter(e -> e.getValue().belowThree() > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, RoundStatistics.CriterionStatistics> e) -> -e.getValue().belowThree())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        return new RoundStatistics(studyIds.size(), verdicts, criteria, trend(year, finalVerdicts, sheets, rubric), fallsShort,
                icc(studyIds, sheets, List.copyOf(criteria.keySet())));
    }

    /**
     * The rubric version the round's studies were scored with — not the current one, which an ADMIN may have replaced
     * since. Should the round mix versions, the one most of its studies used counts (on a tie, the later one); a
     * round without studies uses the current version.
     */
    Rubric roundRubric(List<String> studyIds) {
        if (studyIds.isEmpty()) {
            return reviews.currentRubric();
        }
        Map<String, Rubric> byVersion = new LinkedHashMap<>();
        Map<String, Long> studies = new LinkedHashMap<>();
        for (String studyId : studyIds) {
            Rubric rubric = reviews.rubricOf(studyId);
            byVersion.putIfAbsent(rubric.version(), rubric);
            studies.merge(rubric.version(), 1L, Long::sum);
        }
        List<String> order = reviews.rubricVersions();
        return byVersion.get(studies.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue())
                        .thenComparingInt(e -> order.indexOf(e.getKey())))
                .orElseThrow().getKey());
    }

    /** Over the year's assessed and published studies (when no round has gathered any). */
    RoundStatistics compute(int year) {
        return compute(year, doneStudies(year));
    }

    List<String> doneStudies(int year) {
        return submissions.studiesOfYear(year, DONE).stream().map(Study::id).toList();
    }

    private static List<List<Integer>> units(List<Map<String, Map<String, Integer>>> sheets, String code) {
        List<List<Integer>> units = new ArrayList<>();
        for (Map<String, Map<String, Integer>> study : sheets) {
            List<Integer> values = new ArrayList<>();
            study.values().forEach(sheet -> values.add(sheet.get(code)));
            units.add(values);
        }
        return units;
    }

    private static RoundStatistics.CriterionStatistics criterion(String name, List<List<Integer>> units, long belowThree) {
        var ordinal = KrippendorffAlpha.ofUnits(units, Metric.ORDINAL);
        AgreementCounts agreement = PairwiseAgreement.ofUnits(units);
        List<Integer> all = units.stream().flatMap(List::stream).filter(Objects::nonNull).toList();
        return new RoundStatistics.CriterionStatistics(name, value(KrippendorffAlpha.ofUnits(units, Metric.NOMINAL).alpha()),
                value(ordinal.alpha()), value(KrippendorffAlpha.ofUnits(units, Metric.INTERVAL).alpha()),
                ordinal.pairableValues(), value(agreement.exactShare()), value(agreement.withinOneShare()),
                value(Descriptives.mean(all)), belowThree,
                Bootstrap.alphaInterval(canonicalOrder(units), Metric.ORDINAL, RoundStatistics.BOOTSTRAP_ITERATIONS,
                                RoundStatistics.BOOTSTRAP_SEED, 0.95)
                        .map(ci -> List.of(ci.lo(), ci.hi())).orElse(null));
    }

    /** Units sorted by their values, so the seeded resampling does not depend on the order studies are listed in. */
    static List<List<Integer>> canonicalOrder(List<List<Integer>> units) {
        return units.stream().sorted(Comparator.comparing((List<Integer> u) -> u.stream()
                .map(v -> v == null ? "-" : String.valueOf(v)).sorted().toList().toString())).toList();
    }

    /** ICC(1) on the reviewers' own verdicts and per criterion on their independent scores. */
    private RoundStatistics.Icc icc(List<String> studyIds, List<Map<String, Map<String, Integer>>> sheets, List<String> codes) {
        List<List<Integer>> verdictUnits = studyIds.stream()
                .map(id -> (List<Integer>) new ArrayList<>(ownVerdicts.of(id).values())).toList();
        Map<String, RoundStatistics.IccValue> criteria = new LinkedHashMap<>();
        codes.forEach(code -> criteria.put(code, iccValue(units(sheets, code))));
        return new RoundStatistics.Icc(iccValue(verdictUnits), criteria);
    }

    private static RoundStatistics.IccValue iccValue(List<List<Integer>> units) {
        IntraclassCorrelation.OneWay oneWay = IntraclassCorrelation.icc1(units);
        return new RoundStatistics.IccValue(value(oneWay.icc()), oneWay.targets(), oneWay.ratingsPerTarget());
    }

    private RoundStatistics.Trend trend(int year, List<Integer> current, List<Map<String, Map<String, Integer>>> sheets,
                                        Rubric rubric) {
        Integer previous = submissions.latestYearWithStudiesBefore(year, DONE).orElse(null);
        List<String> previousStudies = previous == null ? List.of() : doneStudies(previous);
        List<Integer> before = verdictsOf(previousStudies);
        if (previous == null || current.isEmpty() || before.isEmpty()) {
            return new RoundStatistics.Trend(previous, null, null, null, Map.of());
        }
        Difference verdict = difference(current, before);
        List<Map<String, Map<String, Integer>>> previousSheets = previousStudies.stream().map(reviews::independentScores).toList();
        Map<String, RoundStatistics.CriterionTrend> criteria = new LinkedHashMap<>();
        for (String code : rubric.codes()) {
            List<Integer> now = units(sheets, code).stream().flatMap(List::stream).filter(Objects::nonNull).toList();
            List<Integer> then = units(previousSheets, code).stream().flatMap(List::stream).filter(Objects::nonNull).toList();
            if (!now.isEmpty() && !then.isEmpty()) {
                Difference d = difference(now, then);
                criteria.put(code, new RoundStatistics.CriterionTrend(d.before, d.now, d.difference, d.ci95(), d.reading()));
            }
        }
        return new RoundStatistics.Trend(previous, verdict.difference, verdict.ci95(), verdict.reading(), criteria);
    }

    private record Difference(double now, double before, double difference, Interval ci) {
        List<Double> ci95() {
            return List.of(ci.lo(), ci.hi());
        }

        String reading() {
            return RoundStatistics.reading(ci.lo(), ci.hi());
        }
    }

    /** Mean difference with its seeded 95% percentile-bootstrap interval; sorted, so study order does not matter. */
    private static Difference difference(List<Integer> current, List<Integer> before) {
        double[] a = current.stream().mapToDouble(Integer::doubleValue).sorted().toArray();
        double[] b = before.stream().mapToDouble(Integer::doubleValue).sorted().toArray();
        double now = Descriptives.mean(a).orElseThrow();
        double then = Descriptives.mean(b).orElseThrow();
        Interval ci = Bootstrap.meanDifferenceInterval(a, b, RoundStatistics.BOOTSTRAP_ITERATIONS, RoundStatistics.BOOTSTRAP_SEED, 0.95);
        return new Difference(now, then, now - then, ci);
    }

    private List<Integer> verdictsOf(List<String> studyIds) {
        return studyIds.stream().map(submissions::assessment).flatMap(Optional::stream).map(StudyAssessment::verdict).toList();
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
