package nl.methodetoets.submission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a study's review as shown on the study: consolidated scores, verdict and anonymous feedback.
 * For the study page (not in the API's JSON) it also carries the criterion names of its rubric version and each
 * reviewer's comments and summary as a separate block, in the order the reviews came in, without who wrote them.
 */
public record StudyAssessment(String rubricVersion, Map<String, Integer> scores, int verdict, boolean exemplary,
                              boolean provisional, String motivation, Map<String, String> feedback,
                              @JsonIgnore Map<String, String> criterionNames, @JsonIgnore List<ReviewerFeedback> reviews) {

    public StudyAssessment {
        criterionNames = criterionNames == null ? Map.of() : criterionNames;
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    public StudyAssessment(String rubricVersion, Map<String, Integer> scores, int verdict, boolean exemplary,
                           boolean provisional, String motivation, Map<String, String> feedback) {
        this(rubricVersion, scores, verdict, exemplary, provisional, motivation, feedback, Map.of(), List.of());
    }

    /** A criterion's name in the rubric the study was scored with; the code when the rubric does not name it. */
    public String criterionName(String code) {
        return criterionNames.getOrDefault(code, code);
    }

    /** One reviewer's written feedback: comments per criterion (only those with text) and the summary. */
    public record ReviewerFeedback(Map<String, String> comments, String summary) {
    }
}
