package nl.methodetoets.review;

import java.time.OffsetDateTime;

/** A reviewer's part in one study: ACTIVE while scoring, SUBMITTED once the scores are in, CONFLICT when withdrawn. */
record Assignment(String studyId, String reviewerId, String rubricVersion, State state, OffsetDateTime assignedAt,
                  OffsetDateTime submittedAt, String summary) {
    enum State { ACTIVE, SUBMITTED, CONFLICT }
}
