package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.methodetoets.demo.DemoReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The secretariat's intake queue: each waiting study with a PNG of its report's first page (rendered once, cached
 * under the data dir), its metadata and the decision form; a completion request carries a deadline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeQueueTest extends ApplicationTestBase {
    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    @BeforeAll
    void people() {
        Scenario.organisation(admin(), "intake-gemeente");
        Scenario.organisation(admin(), "intake-andere");
        Scenario.user(admin(), "intake-indiener", "intake-gemeente", "SUBMITTER");
        Scenario.user(admin(), "intake-buur", "intake-andere", "SUBMITTER");
        Scenario.user(admin(), "intake-secretaris", "intake-andere", "SECRETARIAT");
    }

    @Test
    void theQueueShowsEachWaitingStudyWithItsFirstPageAndTheDecisionForm() throws Exception {
        String id = submit("Wachtrij: leefbaarheid Schilderswijk");
        String task = secretariat().awaitTask("INTAKE", id).get("id").asText();
        String page = UiSession.login(port, "intake-secretaris", Scenario.PASSWORD).get("/intake").body();
        assertThat(page).contains("Wachtrij: leefbaarheid Schilderswijk")
                .contains("/studies/" + id + "/preview.png?v=1")
                .contains("action=\"/tasks/" + task + "\"")
                .contains("name=\"returnTo\" value=\"intake\"")
                .contains("value=\"" + LocalDate.now(DUTCH).plusDays(30) + "\"")
                .contains("<dd>3</dd>"); // pages

        ApiClient.Response png = secretariat().get("/studies/" + id + "/preview.png");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.headers().getContentType().toString()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getWidth()).as("A4 at 60 dpi").isBetween(495, 497);
        assertThat(image.getHeight()).isBetween(701, 703);

        Path cached = dataDir().resolve("previews").resolve(id).resolve("v1-p1.png");
        assertThat(cached).exists();
        FileTime rendered = Files.getLastModifiedTime(cached);
        assertThat(secretariat().get("/studies/" + id + "/preview.png").bytes()).isEqualTo(png.bytes());
        assertThat(Files.getLastModifiedTime(cached)).as("served from the cache, not drawn again").isEqualTo(rendered);
    }

    @Test
    void theTaskPageShowsTheSameIntakeBlock() {
        String id = submit("Wachtrij: taakpagina");
        String task = secretariat().awaitTask("INTAKE", id).get("id").asText();
        String page = UiSession.login(port, "intake-secretaris", Scenario.PASSWORD).get("/tasks/" + task).body();
        assertThat(page).contains("/studies/" + id + "/preview.png?v=1").contains("name=\"deadline\"")
                .doesNotContain("name=\"returnTo\"");
    }

    @Test
    void aDecisionFromTheQueueReturnsToTheQueue() {
        String id = submit("Wachtrij: buiten de opdracht");
        String task = secretariat().awaitTask("INTAKE", id).get("id").asText();
        UiSession browser = UiSession.login(port, "intake-secretaris", Scenario.PASSWORD);
        String csrf = UiSession.hidden(browser.get("/intake").body(), "_csrf");
        UiSession.Page done = browser.postForm("/tasks/" + task, UiSession.fields("_csrf", csrf, "decision", "REJECT",
                "deadline", LocalDate.now(DUTCH).plusDays(30).toString(), "remarks", "Geen effectstudie.", "returnTo", "intake"));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(done.location()).endsWith("/intake?done");
        assertThat(secretariat().get("/api/studies/" + id).json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(browser.get("/intake?done").body()).doesNotContain("Wachtrij: buiten de opdracht").contains("De taak is afgerond.");
    }

    @Test
    void aCompletionRequestIsDueOnTheChosenDay() {
        String id = submit("Wachtrij: aanvullen graag");
        String task = secretariat().awaitTask("INTAKE", id).get("id").asText();
        LocalDate chosen = LocalDate.now(DUTCH).plusDays(10);
        ApiClient.Response done = secretariat().post("/api/tasks/" + task + "/complete", Map.of(
                "decision", "REQUEST_COMPLETION", "remarks", "Voeg de responsanalyse toe.", "deadline", chosen.toString()));
        assertThat(done.status()).as(done.text()).isEqualTo(204);
        JsonNode study = submitter().get("/api/studies/" + id).json();
        assertThat(study.get("status").asText()).isEqualTo("AWAITING_COMPLETION");
        assertThat(study.get("timeline").findValuesAsText("note")).contains("Voeg de responsanalyse toe. (uiterlijk " + chosen + ")");
        JsonNode completion = submitter().awaitTask("COMPLETE_SUBMISSION", id);
        assertThat(OffsetDateTime.parse(completion.get("due").asText()).atZoneSameInstant(DUTCH).toLocalDate()).isEqualTo(chosen);
    }

    @Test
    void aDeadlineInThePastIsRefusedTogetherWithMissingRemarks() {
        String id = submit("Wachtrij: te laat");
        String task = secretariat().awaitTask("INTAKE", id).get("id").asText();
        ApiClient.Response refused = secretariat().post("/api/tasks/" + task + "/complete", Map.of(
                "decision", "REQUEST_COMPLETION", "remarks", "Graag aanvullen.", "deadline", LocalDate.now(DUTCH).toString()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).isEqualTo("Kies als uiterste datum een dag na vandaag.");
        ApiClient.Response both = secretariat().post("/api/tasks/" + task + "/complete", Map.of(
                "decision", "REQUEST_COMPLETION", "deadline", "2001-01-01"));
        assertThat(both.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("remarks", "deadline");
        assertThat(submitter().get("/api/studies/" + id).json().get("status").asText()).isEqualTo("IN_INTAKE");
    }

    @Test
    void theQueueIsForTheSecretariatAndPreviewsForThoseWhoMaySeeTheStudy() {
        String id = submit("Wachtrij: alleen voor wie mag");
        assertThat(submitter().get("/intake").status()).isEqualTo(403);
        assertThat(new ApiClient(port, "intake-buur", Scenario.PASSWORD).get("/studies/" + id + "/preview.png").status()).isEqualTo(404);
        assertThat(submitter().get("/studies/" + id + "/preview.png").status()).isEqualTo(200);
        assertThat(anonymous().get("/studies/" + id + "/preview.png").status()).isIn(302, 401);
    }

    private String submit(String title) {
        return Scenario.submit(submitter(),
                Scenario.metadata(title, "intake-gemeente", 2013, "EFFECT", "LEEFBAARHEID"), DemoReports.pdf(title, 3)).id();
    }

    private ApiClient submitter() {
        return new ApiClient(port, "intake-indiener", Scenario.PASSWORD);
    }

    private ApiClient secretariat() {
        return new ApiClient(port, "intake-secretaris", Scenario.PASSWORD);
    }
}
