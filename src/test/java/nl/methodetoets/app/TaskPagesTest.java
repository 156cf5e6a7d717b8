package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.web.TaskHandler;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task page is a shell around the form fragment of the module that owns the task: the pages not walked through
 * elsewhere (completion, advice) render with what their handler gives them, and the API details stay flat.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskPagesTest extends ApplicationTestBase {
    @Autowired
    List<TaskHandler<?>> handlers;

    @BeforeAll
    void people() {
        Scenario.organisation(admin(), "tp-gemeente");
        Scenario.user(admin(), "tp-indiener", "tp-gemeente", "SUBMITTER");
        Scenario.user(admin(), "tp-secretaris", "tp-gemeente", "SECRETARIAT");
        Scenario.user(admin(), "tp-voorzitter", "tp-gemeente", "CHAIR");
        Scenario.organisation(admin(), "tp-uni");
        Scenario.user(admin(), "tp-r1", "tp-uni", "REVIEWER");
        Scenario.user(admin(), "tp-r2", "tp-uni", "REVIEWER");
    }

    @Test
    void anOldLinkToAFinishedScoringTaskLeadsTheReviewerToTheirOwnReview() {
        ApiClient reviewer = new ApiClient(port, "tp-r1", Scenario.PASSWORD);
        Scenario.Study study = Scenario.submit(submitter(), "Taakpagina: al gescoord", "tp-gemeente", "MONITOR")
                .acceptAndAssign(secretariat(), List.of("tp-r1", "tp-r2"));
        String task = study.scoreTask(reviewer).get("id").asText();
        study.scores(reviewer, Scenario.uniform(3));

        UiSession ui = UiSession.login(port, "tp-r1", Scenario.PASSWORD);
        UiSession.Page done = ui.get("/tasks/" + task);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("U hebt deze taak al afgerond").contains("href=\"/reviews/" + study.id() + "\"");
        assertThat(ui.get("/reviews/" + study.id()).status()).isEqualTo(200);
        assertThat(UiSession.login(port, "tp-r2", Scenario.PASSWORD).get("/tasks/" + task).status())
                .as("someone else's finished task stays unknown").isEqualTo(404);
    }

    @Test
    void theCompletionPageShowsWhatWasAskedAndTheUploadLimit() {
        ApiClient.Response created = submitter().submit(
                Scenario.metadata("Taakpagina: aanvullen", "tp-gemeente", 2013, "EFFECT", "LEEFBAARHEID"),
                DemoReports.pdf("Taakpagina", 2), null);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asText();
        JsonNode intake = secretariat().awaitTask("INTAKE", id);
        assertThat(fields(secretariat().get("/api/tasks/" + intake.get("id").asText()).json()))
                .containsExactly("id", "type", "studyId", "year", "name", "created", "due", "studyTitle");
        assertThat(secretariat().post("/api/tasks/" + intake.get("id").asText() + "/complete",
                Map.of("decision", "REQUEST_COMPLETION", "remarks", "Voeg de responsanalyse toe.")).status()).isEqualTo(204);

        String task = submitter().awaitTask("COMPLETE_SUBMISSION", id).get("id").asText();
        String page = submitter().get("/tasks/" + task).text();

        assertThat(page).contains("Voeg de responsanalyse toe.").contains("data-max-bytes=\"")
                .contains("href=\"/studies/" + id + "\"").contains("Taakpagina: aanvullen")
                .contains("action=\"/studies/" + id + "/report?task=" + task + "\"");
    }

    @Test
    void theAdvicePagesShowTheYearsRound() {
        int year = 2047; // a year no other test of the shared context uses (SecurityTest checks 2031 has no round)
        assertThat(secretariat().post("/api/advice-rounds", Map.of("year", year)).status()).isEqualTo(201);
        String draft = secretariat().awaitAdviceTask("DRAFT_ADVICE", year).get("id").asText();

        JsonNode details = secretariat().get("/api/tasks/" + draft).json();
        assertThat(fields(details)).containsExactly("id", "type", "studyId", "year", "name", "created", "due", "studyTitle", "round");
        assertThat(details.get("round").get("year").asInt()).isEqualTo(year);
        assertThat(secretariat().get("/tasks/" + draft).text()).contains("name=\"conclusions\"").contains("name=\"recommendations\"");
    }

    @Test
    void everyUserTaskOfTheProcessesHasOneHandler() {
        List<String> userTasks = Stream.of("processes/study-review.bpmn", "processes/annual-advice.bpmn", "processes/objection-review.bpmn")
                .flatMap(resource -> Bpmn.readModelFromStream(getClass().getClassLoader().getResourceAsStream(resource))
                        .getModelElementsByType(UserTask.class).stream())
                .map(UserTask::getId).toList();
        List<String> handled = handlers.stream().flatMap(h -> h.type().taskKeys().stream()).toList();

        assertThat(handled).containsExactlyInAnyOrderElementsOf(userTasks);
        assertThat(handlers).extracting(h -> h.type().name()).containsExactlyInAnyOrder("INTAKE", "COMPLETE_SUBMISSION",
                "ASSIGN_REVIEWERS", "SCORE", "CONSENSUS", "VERDICT", "DRAFT_ADVICE", "APPROVE_ADVICE", "ASSESS_OBJECTION",
                "ASSIGN_OBJECTION_REVIEWER", "DECIDE_OBJECTION");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private ApiClient submitter() {
        return new ApiClient(port, "tp-indiener", Scenario.PASSWORD);
    }

    private ApiClient secretariat() {
        return new ApiClient(port, "tp-secretaris", Scenario.PASSWORD);
    }
}
