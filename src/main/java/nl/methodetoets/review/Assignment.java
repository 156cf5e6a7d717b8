package nl.methodetoets.review;

import java.time.OffsetDateTime;

/**
 * A reviewer's part in one study: ACTIVE while scoring, SUBMITTED once the scores are in, CONFLICT when withdrawn.
 * {@code objectionId} is set on the re-review of an objection, which is no independent rating of the round.
 */
record Assignment(String studyId, String reviewerId, String rubricVersion, State state, OffsetDateTime assignedAt,
                  OffsetDateTime submittedAt, String summary, String objectionId) {
    enum State { ACTIVE, SUBMITTED, CONFLICT }

    boolean reReview() {
        return objectionId != null;
    }
}
