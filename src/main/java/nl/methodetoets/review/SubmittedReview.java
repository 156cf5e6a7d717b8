package nl.methodetoets.review;

import java.time.OffsetDateTime;

/**
 * One reviewer's sent review of a study, as they sent it: their scores (null: n.v.t.), comments and page references
 * per criterion and their summary, with the rubric version they scored with. Shown to the reviewer themself
 * ("Mijn beoordelingen") and to the chair; never to another reviewer.
 */
public record SubmittedReview(String studyId, String rubricVersion, OffsetDateTime submittedAt, ScoreSheet sheet) {

    public String reviewerId() {
        return sheet.reviewerId();
    }
}
