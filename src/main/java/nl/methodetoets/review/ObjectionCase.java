package nl.methodetoets.review;

import java.util.List;
import java.util.Map;

/**
 * What the chair decides an objection on (DOMAIN.md "Objection"): the grounds, the study's original independent
 * reviews and consolidated scores, the verdict and exemplary flag contested, and the re-review beside what the
 * decision tables compute from it (computed once, when the re-review came in). {@code reReview} is null until then.
 */
public record ObjectionCase(String objectionId, String grounds, List<SubmittedReview> reviews,
                            Map<String, Integer> consolidated, int contestedVerdict, boolean contestedExemplary,
                            SubmittedReview reReview, Integer computedVerdict, boolean computedExemplary) {

    /** The original reviewers' independent scores: reviewer → criterion → level (null: n.v.t.). */
    public Map<String, Map<String, Integer>> independent() {
        Map<String, Map<String, Integer>> sheets = new java.util.LinkedHashMap<>();
        reviews.forEach(r -> sheets.put(r.reviewerId(), r.sheet().scores()));
        return sheets;
    }
}
