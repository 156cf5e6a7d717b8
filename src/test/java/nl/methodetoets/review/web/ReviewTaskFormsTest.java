package nl.methodetoets.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.ReviewProcess;
import nl.methodetoets.review.ReviewerProposal;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.review.ScoreSheet;
import nl.methodetoets.review.VerdictProposal;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.web.SentForm;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.WorkItem;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The review task forms: what a browser post becomes, and what each form is given. */
class ReviewTaskFormsTest {
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final TaskBodies bodies = new TaskBodies(json);
    private final ReviewManagement reviews = mock(ReviewManagement.class);
    private final SubmissionManagement submissions = mock(SubmissionManagement.class);
    private final nl.methodetoets.submission.Objections objections = mock(nl.methodetoets.submission.Objections.class);
    private final ReviewerNames names = new ReviewerNames(mock(Identity.class));
    private final UserAccount reviewer = new UserAccount("r1", "Reviewer", "r1@example.org", "org", Set.of(Role.REVIEWER));

    @Test
    void scoresNotApplicableBecomeNullAndEmptyChoicesAreLeftOut() {
        JsonNode body = new ScoreTask(reviews, submissions, objections, bodies).formBody(form(
                "_csrf", "x", "score_K1", "nvt", "score_K2", "4", "score_K3", "", "comment_K1", "past niet",
                "pages_K2", "12, 15-17", "summary", "Goed"));

        assertThat(body.get("scores").has("K1")).isTrue();
        assertThat(body.get("scores").get("K1").isNull()).isTrue();
        assertThat(body.get("scores").get("K2").asInt()).isEqualTo(4);
        assertThat(body.get("scores").has("K3")).isFalse();
        assertThat(body.get("comments").get("K1").asText()).isEqualTo("past niet");
        assertThat(body.get("pages").get("K2").asText()).isEqualTo("12, 15-17");
        assertThat(body.get("summary").asText()).isEqualTo("Goed");
        assertThat(body.has("_csrf")).isFalse();
    }

    @Test
    void aConflictDeclarationSendsNoScoresAndCompletesAsAConflict() {
        ScoreTask task = new ScoreTask(reviews, submissions, objections, bodies);
        JsonNode body = task.formBody(form("conflictOfInterest", "true", "reason", "Mijn vroegere werkgever"));

        assertThat(body.has("scores")).isFalse();
        assertThat(body.get("conflictOfInterest").asBoolean()).isTrue();

        task.complete(study("SCORE", ReviewProcess.TASK_SCORE), body, reviewer);
        verify(reviews).declareConflict("t1", "s1", "r1", "Mijn vroegere werkgever");
        verify(reviews, never()).submitScores(any(), any(), any());
    }

    @Test
    void aScoreTaskShowsTheReviewersRubricAndOwnDraft() {
        Rubric rubric = new Rubric("2012-1", List.of());
        ScoreSheet draft = new ScoreSheet("r1", Map.of("K1", 3), Map.of(), Map.of(), null);
        when(reviews.rubricForReviewer("s1", "r1")).thenReturn(rubric);
        when(reviews.draft("s1", "r1")).thenReturn(Optional.of(draft));

        ScoreTask.Details details = new ScoreTask(reviews, submissions, objections, bodies).details(study("SCORE", ReviewProcess.TASK_SCORE), reviewer);

        assertThat(details).isEqualTo(new ScoreTask.Details(rubric, draft, false, null, null));
    }

    @Test
    void theScoreFormCountsWhatWasSentElseTheDraftAndLinksTheFirstPage() {
        Rubric.Criterion k1 = new Rubric.Criterion("K1", "Opzet", "O", List.of(), List.of(new Rubric.Level(1, "a")));
        Rubric.Criterion k2 = new Rubric.Criterion("K2", "Analyse", "O", List.of(), List.of(new Rubric.Level(1, "a")));
        Map<String, Integer> drafted = new HashMap<>();
        drafted.put("K1", null);
        ScoreTask.Form form = new ScoreTask.Form(new Rubric("2012-1", List.of(k1, k2)),
                new ScoreSheet("r1", drafted, Map.of(), Map.of(), null), "MONITOR", false, null, null);

        assertThat(form.scored(SentForm.none())).isEqualTo(1);
        assertThat(form.scored(SentForm.of(form("score_K1", "3", "score_K2", "nvt")))).isEqualTo(2);
        assertThat(form.scored(SentForm.of(form("score_K1", "", "comment_K1", "x")))).isZero();
        assertThat(form.scoresSent(SentForm.of(form("conflictOfInterest", "true", "reason", ""))).present()).isFalse();
        assertThat(form.firstPage("12, 15-17")).isEqualTo(12);
        assertThat(form.firstPage("p. 4")).isEqualTo(4);
        assertThat(form.firstPage("")).isNull();
        assertThat(form.firstPage(null)).isNull();
    }

    @Test
    void theConsensusFormHighlightsDifferencesAndStartsFromAgreedScores() {
        Map<String, Integer> first = new HashMap<>(Map.of("K1", 3, "K2", 4, "K4", 2));
        first.put("K3", null);
        Map<String, Integer> second = new HashMap<>(Map.of("K1", 3, "K2", 5, "K3", 2));
        second.put("K4", null);
        Map<String, Map<String, Integer>> sheets = new LinkedHashMap<>();
        sheets.put("r1", first);
        sheets.put("r2", second);
        Map<String, Integer> bothNotApplicable = new HashMap<>();
        bothNotApplicable.put("K5", null);
        first.putAll(bothNotApplicable);
        second.putAll(bothNotApplicable);

        assertThat(ConsensusTask.disagreements(sheets.values())).containsExactlyInAnyOrder("K2", "K3", "K4");
        assertThat(ConsensusTask.agreedDefaults(sheets.values())).containsOnly(Map.entry("K1", "3"), Map.entry("K5", "nvt"));
    }

    @Test
    void aConsensusPostAlwaysSendsScores() {
        ConsensusTask task = new ConsensusTask(reviews, submissions, bodies, names);

        assertThat(task.formBody(form("rationale", "Besproken")).get("scores").isEmpty()).isTrue();
        JsonNode body = task.formBody(form("score_K1", "nvt", "score_K2", "3", "rationale", "Besproken"));
        assertThat(body.get("scores").get("K1").isNull()).isTrue();
        assertThat(body.get("scores").get("K2").asInt()).isEqualTo(3);
        assertThat(body.get("rationale").asText()).isEqualTo("Besproken");
    }

    @Test
    void anUncheckedExemplaryBoxMeansNotExemplary() {
        VerdictTask task = new VerdictTask(reviews, bodies, names);

        JsonNode body = task.formBody(form("verdict", "4", "motivation", ""));
        assertThat(body.get("verdict").asInt()).isEqualTo(4);
        assertThat(body.get("exemplary").asBoolean()).isFalse();
        assertThat(task.formBody(form("verdict", "5", "exemplary", "true")).get("exemplary").asBoolean()).isTrue();
    }

    @Test
    void theVerdictTaskShowsTheProposal() {
        when(reviews.verdictProposal("s1")).thenReturn(new VerdictProposal(Map.of("K1", 4), 4, true));

        VerdictTask.Details details = new VerdictTask(reviews, bodies, names).details(study("VERDICT", ReviewProcess.TASK_VERDICT), reviewer);

        assertThat(details).isEqualTo(new VerdictTask.Details(Map.of("K1", 4), 4, true));
    }

    @Test
    void theReplacementTaskAssignsOnlyTheReplacement() {
        AssignReviewersTask task = new AssignReviewersTask(reviews, bodies);
        when(reviews.propose("s1")).thenReturn(new ReviewerProposal(1, List.of("r3"), List.of()));
        WorkItem replacement = study("ASSIGN_REVIEWERS", ReviewProcess.TASK_ASSIGN_REPLACEMENT);
        MultiValueMap<String, String> form = form("reviewers", "r3");
        form.add("reviewers", "r4");

        JsonNode body = task.formBody(form);
        assertThat(body.get("reviewers")).hasSize(2);
        assertThat(task.details(replacement, reviewer).replacement()).isTrue();
        assertThat(task.details(study("ASSIGN_REVIEWERS", ReviewProcess.TASK_ASSIGN_REVIEWERS), reviewer).replacement()).isFalse();

        task.complete(replacement, body, reviewer);
        verify(reviews).assignReplacement("t1", "s1", List.of("r3", "r4"));
        verify(reviews, never()).assignReviewers(any(), eq("s1"), any());
    }

    private static WorkItem study(String type, String taskKey) {
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
