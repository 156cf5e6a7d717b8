package nl.methodetoets.submission;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What this module needs to know from the review module without depending on it (the review module
 * implements it): which studies a reviewer works on, and the assessment once there is one.
 */
public interface ReviewFacts {
    boolean isReviewerOf(String studyId, String userId);

    Set<String> studiesOfReviewer(String userId);

    /** The study's assessment once the chair fixed the verdict; reviewers' identities never appear in it. */
    Optional<StudyAssessment> assessment(String studyId);

    /** Whether the user re-reviews (or re-reviewed) an objection against the study, and so may read its grounds. */
    default boolean reviewsObjection(String studyId, String userId) {
        return false;
    }

    /** Whether the user is re-reviewing an objection against the study right now: blind to its scores and verdict. */
    default boolean scoresBlind(String studyId, String userId) {
        return false;
    }

    /** The last due day (Dutch time) of the scores still open for the study; empty when none is open. */
    default Optional<LocalDate> scoresDue(String studyId) {
        return Optional.empty();
    }
}
