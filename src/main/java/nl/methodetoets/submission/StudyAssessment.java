package nl.methodetoets.submission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a study's review as shown on the study: consolidated scores, verdict and anonymous feedback.
 * For the study page (not in the API's JSON) it also carries the criterion names of its rubric version and each
 * reviewer's comments and summary as a separate block, in the order the reviews came in, without who wrote them.
 * After an objection, {@code verdict} and {@code exemplary} are the amended ones when it was upheld, and
 * {@code objection} tells the latest decided objection's outcome with the verdict it contested; the chair's original
 * verdict is never overwritten.
 */
public record StudyAssessment(String rubricVersion, Map<String, Integer> scores, int verdict, boolean exemplary,
                              boolean provisional, String motivation, Map<String, String> feedback,
                              ObjectionOutcome objection,
                              @JsonIgnore Map<String, String> criterionNames, @JsonIgnore List<ReviewerFeedback> reviews) {

    public StudyAssessment {
        criterionNames = criterionNames == null ? Map.of() : criterionNames;
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    public StudyAssessment(String rubricVersion, Map<String, Integer> scores, int verdict, boolean exemplary,
                           boolean provisional, String motivation, Map<String, String> feedback,
                           Map<String, String> criterionNames, List<ReviewerFeedback> reviews) {
        this(rubricVersion, scores, verdict, exemplary, provisional, motivation, feedback, null, criterionNames, reviews);
    }

    public StudyAssessment(String rubricVersion, Map<String, Integer> scores, int verdict, boolean exemplary,
                           boolean provisional, String motivation, Map<String, String> feedback) {
        this(rubricVersion, scores, verdict, exemplary, provisional, motivation, feedback, null, Map.of(), List.of());
    }

    /**
     * The assessment after its objections: the verdict and flag of the latest upheld one (if any), and the outcome of
     * the latest decided one (if any).
     */
    StudyAssessment after(Objection latestUpheld, Objection latestDecided) {
        int amendedVerdict = latestUpheld == null ? verdict : latestUpheld.newVerdict();
        boolean amendedExemplary = latestUpheld == null ? exemplary : latestUpheld.newExemplary();
        ObjectionOutcome outcome = latestDecided == null ? null : new ObjectionOutcome(latestDecided.status(),
                latestDecided.grounds(), latestDecided.originalVerdict(), latestDecided.verdict(),
                latestDecided.exemplary(), latestDecided.motivation(), latestDecided.remarks(), latestDecided.decided());
        return new StudyAssessment(rubricVersion, scores, amendedVerdict, amendedExemplary, provisional, motivation,
                feedback, outcome, criterionNames, reviews);
    }

    /**
     * A decided objection as the assessment shows it: INADMISSIBLE, UPHELD or REJECTED, the grounds, the verdict it
     * contested ({@code originalVerdict}), the verdict since ({@code verdict}), the chair's motivation or the
     * secretariat's remarks, and when.
     */
    public record ObjectionOutcome(ObjectionStatus status, String grounds, int originalVerdict, Integer verdict,
                                   Boolean exemplary, String motivation, String remarks, java.time.OffsetDateTime decided) {
    }

    /** A criterion's name in the rubric the study was scored with; the code when the rubric does not name it. */
    public String criterionName(String code) {
        return criterionNames.getOrDefault(code, code);
    }

    /** One reviewer's written feedback: comments per criterion (only those with text) and the summary. */
    public record ReviewerFeedback(Map<String, String> comments, String summary) {
    }
}
