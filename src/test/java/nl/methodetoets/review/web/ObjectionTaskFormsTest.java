package nl.methodetoets.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ObjectionReviews;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.submission.Objection;
import nl.methodetoets.submission.ObjectionReviewProcess;
import nl.methodetoets.submission.ObjectionStatus;
import nl.methodetoets.submission.Objections;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.WorkItem;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The objection's task forms: what the re-reviewer sees, and how the browser's fields become the API's bodies. */
class ObjectionTaskFormsTest {
    private final TaskBodies bodies = new TaskBodies(JsonMapper.builder().build());
    private final ReviewManagement reviews = mock(ReviewManagement.class);
    private final ObjectionReviews objectionReviews = mock(ObjectionReviews.class);
    private final Objections objections = mock(Objections.class);
    private final UserAccount reviewer = new UserAccount("r3", "Reviewer", "r3@example.org", "org", Set.of(Role.REVIEWER));
    private final UserAccount chair = new UserAccount("v1", "Voorzitter", "v1@example.org", "org", Set.of(Role.CHAIR));

    @Test
    void theReReviewShowsTheGroundsAndTheAttachmentButNoEarlierScoreOrVerdict() {
        Rubric rubric = new Rubric("2012-1", List.of());
        when(reviews.rubricForReviewer("s1", "r3")).thenReturn(rubric);
        when(reviews.draft("s1", "r3")).thenReturn(Optional.empty());
        when(objections.open("s1")).thenReturn(objection(new Objection.Attachment("ab", 2, 100)));

        ScoreTask.Details details = new ScoreTask(reviews, mock(SubmissionManagement.class), objections, bodies)
                .details(task("SCORE", ObjectionReviewProcess.TASK_SCORE), reviewer);

        assertThat(details).isEqualTo(new ScoreTask.Details(rubric, null, true, "K1 is te laag.",
                "/api/studies/s1/objections/o1/attachment"));
        assertThat(JsonMapper.builder().build().valueToTree(details).toString())
                .doesNotContain("verdict").doesNotContain("originalVerdict").doesNotContain("bz-indiener");
    }

    @Test
    void admissibilityIsARadioButtonWithRemarks() {
        JsonNode body = new AssessObjectionTask(objectionReviews, objections, bodies)
                .formBody(form("admissible", "false", "remarks", "Buiten de termijn ingediend."));

        assertThat(body.get("admissible").asBoolean()).isFalse();
        assertThat(body.get("remarks").asText()).isEqualTo("Buiten de termijn ingediend.");
    }

    @Test
    void aRejectionSendsNoVerdictWhateverTheFieldsShow() {
        DecideObjectionTask task = new DecideObjectionTask(objectionReviews, reviews, objections, bodies,
                new ReviewerNames(mock(Identity.class)));

        JsonNode rejected = task.formBody(form("upheld", "false", "verdict", "4", "exemplary", "true", "motivation", "Klopt."));
        assertThat(rejected.has("verdict")).isFalse();
        assertThat(rejected.has("exemplary")).isFalse();

        JsonNode upheld = task.formBody(form("upheld", "true", "verdict", "4", "motivation", "Er is een vergelijkingsgroep."));
        assertThat(upheld.get("verdict").asInt()).isEqualTo(4);
        assertThat(upheld.get("exemplary").asBoolean()).as("an unchecked box").isFalse();
        task.complete(task("DECIDE_OBJECTION", ObjectionReviewProcess.TASK_DECIDE), upheld, chair);
        verify(objectionReviews).decide("t1", "s1", true, 4, false, "Er is een vergelijkingsgroep.", chair);
    }

    @Test
    void theReReviewerIsOneRadioButton() {
        JsonNode body = new AssignObjectionReviewerTask(objectionReviews, bodies).formBody(form("reviewers", "r3"));
        assertThat(body.get("reviewers")).hasSize(1);
        assertThat(body.get("reviewers").get(0).asText()).isEqualTo("r3");
    }

    private static Objection objection(Objection.Attachment attachment) {
        return new Objection("o1", "s1", ObjectionStatus.ADMISSIBLE, "K1 is te laag.", OffsetDateTime.now(), "bz-indiener",
                3, false, null, null, null, null, null, attachment);
    }

    private static WorkItem task(String type, String taskKey) {
        return new WorkItem("t1", type, "s1", null, "Taak", null, null, null, "Titel", taskKey);
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
