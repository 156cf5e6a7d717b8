package nl.methodetoets.advice;

import java.util.List;
import java.util.Map;

/**
 * How each reviewer scores relative to the consolidated scores (mean deviation per criterion: positive = milder),
 * and how pairs of reviewers agree (quadratic-weighted kappa over all criteria of the studies they share).
 * For the chair and the secretariat only.
 */
public record Calibration(int year, List<ReviewerDeviation> reviewers, List<PairAgreement> pairs, int minimumSharedStudies) {

    public record ReviewerDeviation(String reviewerId, int studies, Map<String, Double> meanDeviation) {
    }

    public record PairAgreement(String first, String second, int sharedStudies, Double weightedKappa) {
    }
}
