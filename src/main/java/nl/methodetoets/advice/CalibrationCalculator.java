package nl.methodetoets.advice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.statistics.CohensKappa;
import nl.methodetoets.statistics.Weighting;
import org.springframework.stereotype.Component;

/** Reviewer calibration from independent and consolidated scores, with the pure statistics module. */
@Component
class CalibrationCalculator {
    /** Fewer shared studies than this give a kappa too unstable to show. */
    static final int MINIMUM_SHARED_STUDIES = 3;
    private final ReviewManagement reviews;

    CalibrationCalculator(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    Calibration compute(int year, List<String> studyIds) {
        Map<String, Map<String, List<Integer>>> deviations = new TreeMap<>();
        Map<String, Integer> studiesPerReviewer = new HashMap<>();
        Map<String, Map<String, Map<String, Integer>>> sheetsByStudy = new LinkedHashMap<>();
        for (String studyId : studyIds) {
            Map<String, Map<String, Integer>> sheets = reviews.independentScores(studyId);
            Map<String, Integer> consolidated = reviews.consolidatedScores(studyId);
            sheetsByStudy.put(studyId, sheets);
            sheets.forEach((reviewer, scores) -> {
                studiesPerReviewer.merge(reviewer, 1, Integer::sum);
                scores.forEach((criterion, level) -> {
                    Integer agreed = consolidated.get(criterion);
                    if (level != null && agreed != null) {
                        deviations.computeIfAbsent(reviewer, r -> new TreeMap<>())
                                .computeIfAbsent(criterion, c -> new ArrayList<>()).add(level - agreed);
                    }
                });
            });
        }
        List<Calibration.ReviewerDeviation> reviewers = new ArrayList<>();
        deviations.forEach((reviewer, perCriterion) -> {
            Map<String, Double> means = new TreeMap<>();
            perCriterion.forEach((criterion, values) -> means.put(criterion,
                    values.stream().mapToInt(Integer::intValue).average().orElse(0)));
            reviewers.add(new Calibration.ReviewerDeviation(reviewer, studiesPerReviewer.get(reviewer), means));
        });
        return new Calibration(year, reviewers, pairs(sheetsByStudy), MINIMUM_SHARED_STUDIES);
    }

    private static List<Calibration.PairAgreement> pairs(Map<String, Map<String, Map<String, Integer>>> sheetsByStudy) {
        TreeSet<String> everyone = new TreeSet<>();
        sheetsByStudy.values().forEach(sheets -> everyone.addAll(sheets.keySet()));
        List<String> ids = new ArrayList<>(everyone);
        List<Calibration.PairAgreement> pairs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                List<Integer> first = new ArrayList<>();
                List<Integer> second = new ArrayList<>();
                int shared = 0;
                for (Map<String, Map<String, Integer>> sheets : sheetsByStudy.values()) {
                    Map<String, Integer> a = sheets.get(ids.get(i));
                    Map<String, Integer> b = sheets.get(ids.get(j));
                    if (a == null || b == null) {
                        continue;
                    }
                    shared++;
                    a.forEach((criterion, level) -> {
                        first.add(level);
                        second.add(b.get(criterion));
                    });
                }
                if (shared > 0) {
                    Double kappa = shared < MINIMUM_SHARED_STUDIES ? null
                            : value(CohensKappa.ofRatings(first, second, Weighting.QUADRATIC));
                    pairs.add(new Calibration.PairAgreement(ids.get(i), ids.get(j), shared, kappa));
                }
            }
        }
        return pairs;
    }

    private static Double value(java.util.OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
