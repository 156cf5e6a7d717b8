package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Assignment, blind scoring, drafts, conflicts and rubric versions, through the HTTP API and the UI. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewWorkflowTest extends ApplicationTestBase {
    private Scenario people;
    private ApiClient submitter;
    private ApiClient secretariat;
    private ApiClient chair;

    @BeforeAll
    void setUp() {
        people = new Scenario(port, admin()).organisations("rw-gemeente", "rw-ministerie", "rw-uni-a", "rw-uni-b", "rw-uni-c");
        submitter = people.user("rw-indiener", "rw-gemeente", "SUBMITTER");
        secretariat = people.user("rw-secretaris", "rw-ministerie", "SECRETARIAT");
        chair = people.user("rw-voorzitter", "rw-ministerie", "CHAIR");
        people.user("rw-r1", "rw-uni-a", "REVIEWER");
        people.user("rw-r2", "rw-uni-b", "REVIEWER");
        people.user("rw-r3", "rw-uni-c", "REVIEWER");
        people.user("rw-r4", "rw-gemeente", "REVIEWER");
    }

    @Test
    void beforeSubmittingAReviewerSeesNoTraceOfAnotherReviewersScores() {
        String study = acceptAndAssign("Blind gescoord", List.of("rw-r1", "rw-r2"), false);
        ApiClient r1 = people.as("rw-r1");
        ApiClient r2 = people.as("rw-r2");
        String r1Task = r1.awaitTask("SCORE", study).get("id").asText();
        assertThat(r2.get("/api/tasks/" + r1Task).status()).as("another reviewer's task").isEqualTo(403);
        Scenario.complete(r1, r1Task, score(4, "GEHEIM-COMMENTAAR-VAN-R1"), 204);

        String r2Task = r2.awaitTask("SCORE", study).get("id").asText();
        for (String view : List.of(r2.get("/api/tasks/" + r2Task).text(), r2.get("/api/studies/" + study).text(),
                r2.get("/api/tasks").text(), r2.get("/tasks/" + r2Task).text(), r2.get("/studies/" + study).text())) {
            assertThat(view).doesNotContain("GEHEIM-COMMENTAAR-VAN-R1").doesNotContain("rw-r1");
        }
        assertThat(r2.get("/api/studies/" + study).json().get("assessment").isNull()).isTrue();
        assertThat(r2.get("/engine-rest/task").status()).isEqualTo(403);
        assertThat(r2.get("/camunda/app/cockpit/default/").status()).isEqualTo(403);
    }

    @Test
    void aDeclaredConflictBringsAReplacementAndKeepsTheOtherReviewersWork() {
        String study = acceptAndAssign("Met belangenverstrengeling", List.of("rw-r1", "rw-r2"), false);
        ApiClient r1 = people.as("rw-r1");
        ApiClient r2 = people.as("rw-r2");
        Scenario.complete(r2, r2.awaitTask("SCORE", study).get("id").asText(), score(4, "r2 klaar"), 204);
        String r1Task = r1.awaitTask("SCORE", study).get("id").asText();
        Scenario.complete(r1, r1Task, Map.of("conflictOfInterest", true), 422); // a reason is required
        Scenario.complete(r1, r1Task, Map.of("conflictOfInterest", true, "reason", "Ik adviseerde de gemeente."), 204);

        JsonNode replacement = secretariat.awaitTask("ASSIGN_REVIEWERS", study);
        JsonNode form = secretariat.get("/api/tasks/" + replacement.get("id").asText()).json();
        assertThat(form.get("replacement").asBoolean()).isTrue();
        assertThat(form.get("required").asInt()).isEqualTo(1);
        assertThat(form.get("proposal").size()).isEqualTo(1);
        Map<String, String> excluded = new HashMap<>();
        form.get("candidates").forEach(c -> excluded.put(c.get("id").asText(), c.get("excludedBecause").asText(null)));
        assertThat(excluded).containsEntry("rw-r1", "ALREADY_ASSIGNED").containsEntry("rw-r2", "ALREADY_ASSIGNED")
                .containsEntry("rw-r4", "SAME_ORGANISATION");
        ApiClient.Response conflicted = secretariat.post("/api/tasks/" + replacement.get("id").asText() + "/complete",
                Map.of("reviewers", List.of("rw-r4")));
        assertThat(conflicted.status()).isEqualTo(422);
        assertThat(conflicted.json().get("errors").toString()).contains("belangenverstrengeling");
        Scenario.complete(secretariat, replacement.get("id").asText(), Map.of("reviewers", List.of("rw-r3")), 204);

        ApiClient r3 = people.as("rw-r3");
        Scenario.complete(r3, r3.awaitTask("SCORE", study).get("id").asText(), score(4, "r3 klaar"), 204);
        JsonNode verdict = chair.awaitTask("VERDICT", study);
        assertThat(chair.get("/api/tasks/" + verdict.get("id").asText()).json().get("computedVerdict").asInt()).isEqualTo(4);
        assertThat(r1.get("/api/studies/" + study).status()).as("after the conflict r1 no longer sees the study").isEqualTo(404);
    }

    @Test
    void aPossibleExampleNeedsThreeReviewers() {
        Scenario.Study study = Scenario.submit(submitter, "Mogelijk voorbeeld", "rw-gemeente", "EFFECT")
                .accept(secretariat, true);
        String assign = study.assignTask(secretariat).get("id").asText();
        JsonNode form = secretariat.get("/api/tasks/" + assign).json();
        assertThat(form.get("required").asInt()).isEqualTo(3);
        assertThat(form.get("proposal").size()).isEqualTo(3);
        Scenario.complete(secretariat, assign, Map.of("reviewers", List.of("rw-r1", "rw-r2")), 422);
        Scenario.complete(secretariat, assign, Map.of("reviewers", List.of("rw-r1", "rw-r2", "rw-r3")), 204);
    }

    @Test
    void aDraftIsSavedAndResumedButNotSubmitted() {
        String study = acceptAndAssign("Concept", List.of("rw-r2", "rw-r3"), false);
        ApiClient r2 = people.as("rw-r2");
        String task = r2.awaitTask("SCORE", study).get("id").asText();
        assertThat(r2.post("/api/tasks/" + task + "/draft", Map.of("scores", Map.of("K1", 3), "comments", Map.of("K1", "half af"),
                "pages", Map.of("K1", "12-14"))).status()).isEqualTo(204);
        JsonNode resumed = r2.get("/api/tasks/" + task).json().get("draft");
        assertThat(resumed.get("scores").get("K1").asInt()).isEqualTo(3);
        assertThat(resumed.get("pages").get("K1").asText()).isEqualTo("12-14");
        assertThat(people.as("rw-r3").get("/api/tasks/" + task).status()).isEqualTo(403);
        ApiClient.Response incomplete = r2.post("/api/tasks/" + task + "/complete", Map.of("scores", Map.of("K1", 3)));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.json().get("errors").findValuesAsText("field")).contains("scores.K2", "scores.K8");
        assertThat(r2.get("/api/tasks/" + task).status()).as("still open").isEqualTo(200);
    }

    @Test
    void aNewRubricVersionIsUsedForNewAssignmentsWhileEarlierOnesKeepTheirs() {
        String earlier = acceptAndAssign("Oude versie", List.of("rw-r1", "rw-r3"), false);
        JsonNode rubric = admin().get("/api/rubric").json();
        String current = rubric.get("version").asText();
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("version", "test-" + System.nanoTime() % 100000);
        next.put("criteria", rubric.get("criteria"));
        assertThat(chair.post("/api/rubric/versions", next).status()).isEqualTo(403);
        assertThat(admin().post("/api/rubric/versions", Map.of("version", "kapot", "criteria", List.of())).status()).isEqualTo(422);
        assertThat(admin().post("/api/rubric/versions", next).status()).isEqualTo(201);
        assertThat(admin().get("/api/rubric").json().get("version").asText()).isEqualTo(next.get("version"));

        ApiClient r1 = people.as("rw-r1");
        JsonNode earlierTask = r1.get("/api/tasks/" + r1.awaitTask("SCORE", earlier).get("id").asText()).json();
        assertThat(earlierTask.get("rubric").get("version").asText()).isEqualTo(current);
        String later = acceptAndAssign("Nieuwe versie", List.of("rw-r1", "rw-r2"), false);
        JsonNode laterTask = r1.get("/api/tasks/" + r1.awaitTask("SCORE", later).get("id").asText()).json();
        assertThat(laterTask.get("rubric").get("version").asText()).isEqualTo(next.get("version"));
    }

    @Test
    void theConsensusFormShowsTheIndependentScoresSideBySideWithTheDisagreementsMarked() {
        String study = acceptAndAssign("Uiteenlopend", List.of("rw-r2", "rw-r3"), false);
        ApiClient r2 = people.as("rw-r2");
        ApiClient r3 = people.as("rw-r3");
        Scenario.complete(r2, r2.awaitTask("SCORE", study).get("id").asText(), score(3, "r2"), 204);
        Map<String, Integer> apart = new HashMap<>();
        for (int k = 1; k <= 8; k++) {
            apart.put("K" + k, k == 6 ? 5 : 3);
        }
        Scenario.complete(r3, r3.awaitTask("SCORE", study).get("id").asText(), Map.of("scores", apart), 204);
        String task = chair.awaitTask("CONSENSUS", study).get("id").asText();
        String page = chair.get("/tasks/" + task).text();
        assertThat(page).contains("K6: scores liggen 2 of meer uit elkaar").contains("class=\"disagree\"").contains("rw-r3");
        assertThat(chair.get("/api/tasks/" + task).json().get("reasons").toString()).contains("K6:SPREAD_TWO_OR_MORE");
        Scenario.complete(chair, task, Map.of("scores", Map.of("K1", 3)), 422); // every criterion and a rationale
    }

    @Test
    void theWorkloadShowsOpenTasksPerReviewer() {
        acceptAndAssign("Werklast", List.of("rw-r2", "rw-r3"), false);
        JsonNode workload = secretariat.get("/api/reviewers/workload").json();
        assertThat(workload.findValuesAsText("reviewerId")).contains("rw-r2", "rw-r3");
        assertThat(submitter.get("/api/reviewers/workload").status()).isEqualTo(403);
        assertThat(secretariat.get("/review/workload").text()).contains("rw-r2");
    }

    private String acceptAndAssign(String title, List<String> reviewers, boolean possibleExample) {
        return Scenario.submit(submitter, title, "rw-gemeente", "EFFECT")
                .accept(secretariat, possibleExample).assign(secretariat, reviewers).id();
    }

    private static Map<String, Object> score(int level, String comment) {
        return Map.of("scores", Scenario.uniform(level), "comments", Map.of("K1", comment), "summary", comment);
    }
}
