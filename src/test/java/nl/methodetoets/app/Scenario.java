package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.methodetoets.demo.DemoReports;

/**
 * The one fixture for HTTP tests: organisations and users set up through the API, clients signed in as them, and a
 * study driven step by step (submit, intake, assignment, scores, verdict) with each step asserting its status code.
 * Ids must be unique per shared application context.
 */
final class Scenario {
    static final String PASSWORD = "wachtwoord-test";
    private final int port;
    private final ApiClient admin;

    Scenario(int port, ApiClient admin) {
        this.port = port;
        this.admin = admin;
    }

    /** The admin client the scenario sets people up with. */
    ApiClient admin() {
        return admin;
    }

    // --- people

    Scenario organisations(String... ids) {
        for (String id : ids) {
            organisation(admin, id);
        }
        return this;
    }

    /** An organisation that may exist already (scenarios that run more than once per database). */
    Scenario sharedOrganisation(String id, String type) {
        int status = admin.post("/api/organisations", Map.of("id", id, "name", id, "type", type)).status();
        assertThat(status).isIn(201, 409);
        return this;
    }

    ApiClient user(String id, String organisation, String... roles) {
        user(admin, id, organisation, roles);
        return as(id);
    }

    /** A user with a given display name and e-mail address (for tests that read the mails they get). */
    ApiClient user(String id, String name, String email, String organisation, String role) {
        created(admin.post("/api/users", Map.of("id", id, "name", name, "email", email, "password", PASSWORD,
                "organisation", organisation, "roles", List.of(role))));
        return as(id);
    }

    ApiClient as(String id) {
        return new ApiClient(port, id, PASSWORD);
    }

    static void organisation(ApiClient admin, String id) {
        created(admin.post("/api/organisations", Map.of("id", id, "name", "Organisatie " + id, "type", "GEMEENTE")));
    }

    static void user(ApiClient admin, String id, String organisation, String... roles) {
        created(admin.post("/api/users", Map.of("id", id, "name", "Persoon " + id, "email", id + "@example.nl",
                "password", PASSWORD, "organisation", organisation, "roles", List.of(roles))));
    }

    // --- studies

    static Map<String, Object> metadata(String title, String organisation, int year, String type, String... themes) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", title);
        metadata.put("authors", List.of("A. Onderzoeker"));
        metadata.put("organisation", organisation);
        metadata.put("commissionedBy", null);
        metadata.put("year", year);
        metadata.put("studyType", type);
        metadata.put("wijken", List.of("Transvaal"));
        metadata.put("themes", List.of(themes));
        metadata.put("summary", "Samenvatting van " + title);
        return metadata;
    }

    /** Submits a study (a 3-page report, year 2014, theme WONEN) and returns it for the next steps. */
    static Study submit(ApiClient submitter, String title, String organisation, String studyType) {
        return submit(submitter, metadata(title, organisation, 2014, studyType, "WONEN"), DemoReports.pdf(title, 3));
    }

    static Study submit(ApiClient submitter, Map<String, Object> metadata, byte[] report) {
        ApiClient.Response response = submitter.submit(metadata, report, null);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.headers().getLocation()).isNotNull();
        return new Study(response.json().get("id").asText());
    }

    static Study study(String id) {
        return new Study(id);
    }

    /** Completes a task, expecting {@code expected}. */
    static void complete(ApiClient client, String taskId, Object body, int expected) {
        ApiClient.Response response = client.post("/api/tasks/" + taskId + "/complete", body);
        assertThat(response.status()).as(response.text()).isEqualTo(expected);
    }

    static void complete(ApiClient client, JsonNode task, Object body, int expected) {
        complete(client, task.get("id").asText(), body, expected);
    }

    /** The same level on K1..K8. */
    static Map<String, Integer> uniform(int level) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            scores.put("K" + i, level);
        }
        return scores;
    }

    /** A score sheet: K1..K8 from {@code levels} (0 = n.v.t.). */
    static Map<String, Integer> sheet(int... levels) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int k = 0; k < levels.length; k++) {
            scores.put("K" + (k + 1), levels[k]);
        }
        return scores;
    }

    private static void created(ApiClient.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
    }

    /** One study on its way through the process; each step waits for its task and expects it to complete. */
    record Study(String id) {

        Study accept(ApiClient secretariat) {
            return intake(secretariat, Map.of("decision", "ACCEPT"));
        }

        Study accept(ApiClient secretariat, boolean possibleExample) {
            return intake(secretariat, Map.of("decision", "ACCEPT", "possibleExample", possibleExample));
        }

        Study intake(ApiClient secretariat, Map<String, ?> decision) {
            complete(secretariat, intakeTask(secretariat), decision, 204);
            return this;
        }

        JsonNode intakeTask(ApiClient secretariat) {
            return secretariat.awaitTask("INTAKE", id);
        }

        Study assign(ApiClient secretariat, List<String> reviewers) {
            complete(secretariat, assignTask(secretariat), Map.of("reviewers", reviewers), 204);
            return this;
        }

        JsonNode assignTask(ApiClient secretariat) {
            return secretariat.awaitTask("ASSIGN_REVIEWERS", id);
        }

        /** Accepts at intake and assigns {@code reviewers}. */
        Study acceptAndAssign(ApiClient secretariat, List<String> reviewers) {
            return accept(secretariat).assign(secretariat, reviewers);
        }

        Study score(ApiClient reviewer, Map<String, ?> body) {
            complete(reviewer, scoreTask(reviewer), body, 204);
            return this;
        }

        /** Scores with only a score sheet. */
        Study scores(ApiClient reviewer, Map<String, Integer> scores) {
            return score(reviewer, Map.of("scores", scores));
        }

        JsonNode scoreTask(ApiClient reviewer) {
            return reviewer.awaitTask("SCORE", id);
        }

        JsonNode verdictTask(ApiClient chair) {
            return chair.awaitTask("VERDICT", id);
        }

        Study verdict(ApiClient chair, int verdict, boolean exemplary) {
            complete(chair, verdictTask(chair), Map.of("verdict", verdict, "exemplary", exemplary), 204);
            return this;
        }

        /** The chair takes the computed verdict and exemplary flag; returns the verdict. */
        int takeComputedVerdict(ApiClient chair) {
            JsonNode task = verdictTask(chair);
            JsonNode proposal = chair.get("/api/tasks/" + task.get("id").asText()).json();
            int verdict = proposal.get("computedVerdict").asInt();
            complete(chair, task, Map.of("verdict", verdict, "exemplary", proposal.get("computedExemplary").asBoolean()), 204);
            return verdict;
        }
    }
}
