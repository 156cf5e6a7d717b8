package nl.methodetoets.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.statistics.AgreementCounts;
import nl.methodetoets.statistics.Bootstrap;
import nl.methodetoets.statistics.Descriptives;
import nl.methodetoets.statistics.Interval;
import nl.methodetoets.statistics.KrippendorffAlpha;
import nl.methodetoets.statistics.Metric;
import nl.methodetoets.statistics.PairwiseAgreement;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyAssessment;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.SubmissionManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Computes a round's statistics with the pure statistics module, from the reviewers' independent scores. */
@Component
@Transactional(readOnly = true)
class AdviceStatistics {
    private static final Set<StudyStatus> DONE = Set.of(StudyStatus.ASSESSED, StudyStatus.PUBLISHED);

    private final SubmissionManagement submissions;
    private final ReviewManagement reviews;

    AdviceStatistics(SubmissionManagement submissions, ReviewManagement reviews) {
        this.submissions = submissions;
        this.reviews = reviews;
    }

    /** Statistics of the given studies of {@code year}. */
    RoundStatistics compute(int year, List<String> studyIds) {
        Rubric rubric = reviews.currentRubric();
        Map<String, Long> verdicts = new LinkedHashMap<>();
        for (int level = 1; level <= 5; level++) {
            verdicts.put(String.valueOf(level), 0L);
        }
        List<Integer> finalVerdicts = verdictsOf(studyIds);
        finalVerdicts.forEach(v -> verdicts.merge(String.valueOf(v), 1L, Long::sum));
        Map<String, RoundStatistics.CriterionStatistics> criteria = new LinkedHashMap<>();
        List<Map<String, Map<String, Integer>>> sheets = studyIds.stream().map(reviews::independentScores).toList();
        for (Rubric.Criterion criterion : rubric.criteria()) {
            List<List<Integer>> units = new ArrayList<>();
            for (Map<String, Map<String, Integer>> study : sheets) {
                List<Integer> values = new ArrayList<>();
                study.values().forEach(sheet -> values.add(sheet.get(criterion.code())));
                units.add(values);
            }
            criteria.put(criterion.code(), criterion(criterion.name(), units));
        }
        return new RoundStatistics(studyIds.size(), verdicts, criteria, trend(year, finalVerdicts));
    }

    /** The year's round studies if gathered, else its assessed and published studies. */
    RoundStatistics compute(int year) {
        return compute(year, doneStudies(year));
    }

    private RoundStatistics.CriterionStatistics criterion(String name, List<List<Integer>> units) {
        var nominal = KrippendorffAlpha.ofUnits(units, Metric.NOMINAL);
        var ordinal = KrippendorffAlpha.ofUnits(units, Metric.ORDINAL);
        var interval = KrippendorffAlpha.ofUnits(units, Metric.INTERVAL);
        AgreementCounts agreement = PairwiseAgreement.ofUnits(units);
        List<Integer> all = units.stream().flatMap(List::stream).filter(Objects::nonNull).toList();
        long belowThree = units.stream().filter(u -> {
            Integer lowest = u.stream().filter(Objects::nonNull).min(Integer::compare).orElse(null);
            return lowest != null && lowest < 3;
        }).count();
        return new RoundStatistics.CriterionStatistics(name, value(nominal.alpha()), value(ordinal.alpha()),
                value(interval.alpha()), ordinal.pairableValues(), value(agreement.exactShare()),
                value(agreement.withinOneShare()), value(Descriptives.mean(all)), belowThree);
    }

    private RoundStatistics.Trend trend(int year, List<Integer> current) {
        Integer previous = submissions.latestYearWithStudiesBefore(year, DONE).orElse(null);
        if (previous == null || current.isEmpty()) {
            return new RoundStatistics.Trend(previous, null, null, null);
        }
        List<Integer> before = verdictsOf(doneStudies(previous));
        if (before.isEmpty()) {
            return new RoundStatistics.Trend(previous, null, null, null);
        }
        // sorted, so the seeded bootstrap does not depend on the order studies happen to be listed in
        double[] a = current.stream().mapToDouble(Integer::doubleValue).sorted().toArray();
        double[] b = before.stream().mapToDouble(Integer::doubleValue).sorted().toArray();
        double difference = Descriptives.mean(a).orElseThrow() - Descriptives.mean(b).orElseThrow();
        Interval ci = Bootstrap.meanDifferenceInterval(a, b, RoundStatistics.BOOTSTRAP_ITERATIONS, RoundStatistics.BOOTSTRAP_SEED, 0.95);
        String reading = ci.lo() > 0 ? "aantoonbaar verbeterd" : ci.hi() < 0 ? "aantoonbaar verslechterd"
                : "geen aantoonbare verandering";
        return new RoundStatistics.Trend(previous, difference, List.of(ci.lo(), ci.hi()), reading);
    }

    private List<String> doneStudies(int year) {
        return submissions.studiesOfYear(year, DONE).stream().map(Study::id).toList();
    }

    private List<Integer> verdictsOf(List<String> studyIds) {
        return studyIds.stream().map(submissions::assessment).flatMap(java.util.Optional::stream)
                .map(StudyAssessment::verdict).toList();
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
