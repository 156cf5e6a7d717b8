package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Declared conflicts of interest (review module): declared over the API or on "Mijn belangen", honoured by assignment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConflictsOfInterestTest extends ApplicationTestBase {
    private Scenario scenario;
    private ApiClient submitter;
    private ApiClient secretariat;

    @BeforeAll
    void setUp() {
        scenario = new Scenario(port, admin()).organisations("ci-gemeente", "ci-ministerie", "ci-uni-a", "ci-uni-b");
        submitter = scenario.user("ci-indiener", "ci-gemeente", "SUBMITTER");
        secretariat = scenario.user("ci-secretaris", "ci-ministerie", "SECRETARIAT");
        scenario.user("ci-r1", "ci-uni-a", "REVIEWER");
        scenario.user("ci-r2", "ci-uni-b", "REVIEWER");
    }

    @Test
    void aDeclaredConflictExcludesTheReviewerFromTheOrganisationsStudies() {
        ApiClient r1 = scenario.as("ci-r1");
        ApiClient.Response declared = r1.post("/api/users/ci-r1/conflicts",
                Map.of("organisation", "ci-gemeente", "reason", "Ik werkte er tot vorig jaar."));
        assertThat(declared.status()).as(declared.text()).isEqualTo(201);
        assertThat(declared.json().get("organisation").asText()).isEqualTo("ci-gemeente");
        assertThat(r1.post("/api/users/ci-r1/conflicts", Map.of("organisation", "bestaat-niet")).status()).isEqualTo(422);
        assertThat(r1.post("/api/users/ci-r2/conflicts", Map.of("organisation", "ci-gemeente")).status())
                .as("a reviewer declares only their own conflicts").isEqualTo(403);
        JsonNode listed = secretariat.get("/api/users/ci-r1/conflicts").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("reason").asText()).isEqualTo("Ik werkte er tot vorig jaar.");

        String study = Scenario.submit(submitter, "Studie met een gemeld belang", "ci-gemeente", "EFFECT").id();
        Scenario.complete(secretariat, secretariat.awaitTask("INTAKE", study).get("id").asText(), Map.of("decision", "ACCEPT"), 204);
        JsonNode form = secretariat.get("/api/tasks/" + secretariat.awaitTask("ASSIGN_REVIEWERS", study).get("id").asText()).json();
        Map<String, String> excluded = new HashMap<>();
        form.get("candidates").forEach(c -> excluded.put(c.get("id").asText(), c.get("excludedBecause").asText(null)));
        assertThat(excluded).containsEntry("ci-r1", "DECLARED_CONFLICT").containsEntry("ci-r2", null);
    }

    @Test
    void aReviewerDeclaresAConflictOnTheirOwnPage() {
        UiSession ui = UiSession.login(port, "ci-r2", Scenario.PASSWORD);
        String csrf = UiSession.hidden(ui.get("/conflicts").body(), "_csrf");
        UiSession.Page saved = ui.postForm("/conflicts", Map.of("organisation", "ci-ministerie", "reason", "Gedetacheerd", "_csrf", csrf));
        assertThat(saved.status()).isEqualTo(302);
        String page = ui.get("/conflicts").body();
        assertThat(page).contains("Organisatie ci-ministerie").contains("Gedetacheerd");
        assertThat(secretariat.get("/api/users/ci-r2/conflicts").json().get(0).get("organisation").asText()).isEqualTo("ci-ministerie");
    }
}
