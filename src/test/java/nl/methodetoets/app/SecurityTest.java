package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.methodetoets.demo.DemoReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** 401, 403 and 404 exactly as API.md says, with problem details in the caller's language. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest extends ApplicationTestBase {
    private Scenario people;
    private String otherStudy;

    @BeforeAll
    void people() {
        people = new Scenario(port, admin()).organisations("sec-gemeente-a", "sec-gemeente-b", "sec-universiteit");
        people.user("sec-indiener-a", "sec-gemeente-a", "SUBMITTER");
        people.user("sec-indiener-b", "sec-gemeente-b", "SUBMITTER");
        people.user("sec-beoordelaar", "sec-universiteit", "REVIEWER");
        people.user("sec-secretaris", "sec-universiteit", "SECRETARIAT");
        Map<String, Object> metadata = Scenario.metadata("Studie van gemeente B", "sec-gemeente-b", 2013, "EFFECT", "WONEN");
        metadata.put("wijken", List.of());
        otherStudy = Scenario.submit(as("sec-indiener-b"), metadata, DemoReports.pdf("B", 2)).id();
    }

    @Test
    void adminCredentialsWorkRightAfterStart() {
        assertThat(admin().get("/api/organisations").status()).isEqualTo(200);
        assertThat(admin().get("/api/users").status()).isEqualTo(200);
    }

    @Test
    void unauthenticatedRequestsGet401WithProblemDetailsInTheCallersLanguage() {
        ApiClient.Response dutch = anonymous().get("/api/studies");
        assertThat(dutch.status()).isEqualTo(401);
        assertThat(dutch.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(dutch.json().get("detail").asText()).isEqualTo("Log in om verder te gaan.");
        ApiClient.Response english = anonymous().get("/api/studies", "en-GB,en;q=0.9");
        assertThat(english.json().get("detail").asText()).isEqualTo("Please sign in to continue.");
        assertThat(new ApiClient(port, "nobody", "wrong-password").get("/api/tasks").status()).isEqualTo(401);
        assertThat(anonymous().get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(anonymous().get("/engine-rest/user").status()).isEqualTo(401);
    }

    @Test
    void rolesAreEnforcedWith403() {
        ApiClient submitter = as("sec-indiener-a");
        ApiClient.Response createOrg = submitter.post("/api/organisations", Map.of("id", "x-org", "name", "X", "type", "OVERIG"));
        assertThat(createOrg.status()).isEqualTo(403);
        assertThat(createOrg.json().get("detail").asText()).isEqualTo("U hebt geen toestemming voor deze handeling.");
        assertThat(as("sec-beoordelaar").get("/api/users?role=REVIEWER").status()).isEqualTo(403);
        assertThat(as("sec-secretaris").get("/api/users?role=REVIEWER").status()).isEqualTo(200);
        assertThat(as("sec-secretaris").post("/api/users", Map.of("id", "y")).status()).isEqualTo(403);
        assertThat(submitter.post("/api/advice-rounds", Map.of("year", 2013)).status()).isEqualTo(403);
        assertThat(as("sec-secretaris").get("/engine-rest/task").status()).isEqualTo(403);
        assertThat(admin().get("/engine-rest/task").status()).isEqualTo(200);
    }

    @Test
    void aTaskOfferedToAnotherRoleCannotBeCompleted() {
        String intake = as("sec-secretaris").awaitTask("INTAKE", otherStudy).get("id").asText();
        ApiClient.Response byReviewer = as("sec-beoordelaar").post("/api/tasks/" + intake + "/complete", Map.of("decision", "ACCEPT"));
        assertThat(byReviewer.status()).isEqualTo(403);
        assertThat(as("sec-beoordelaar").get("/api/tasks/" + intake).status()).isEqualTo(403);
        assertThat(as("sec-beoordelaar").get("/api/tasks/does-not-exist").status()).isEqualTo(404);
    }

    @Test
    void anotherOrganisationsStudyIsInvisible404() {
        ApiClient submitter = as("sec-indiener-a");
        assertThat(submitter.get("/api/studies/" + otherStudy).status()).isEqualTo(404);
        ApiClient.Response report = submitter.get("/api/studies/" + otherStudy + "/report");
        assertThat(report.status()).isEqualTo(404);
        assertThat(report.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(submitter.post("/api/studies/" + otherStudy + "/withdraw", null).status()).isEqualTo(404);
        assertThat(submitter.upload("/api/studies/" + otherStudy + "/report", DemoReports.pdf("X", 1)).status()).isEqualTo(404);
        assertThat(submitter.get("/api/studies").json().findValuesAsText("id")).doesNotContain(otherStudy);
        assertThat(as("sec-indiener-b").get("/api/studies/" + otherStudy).status()).isEqualTo(200);
        assertThat(as("sec-indiener-b").get("/api/studies/" + otherStudy + "/report").bytes())
                .startsWith("%PDF-".getBytes());
    }

    @Test
    void submittingForAnotherOrganisationIsRefused() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", "Namens een ander");
        metadata.put("authors", List.of("A"));
        metadata.put("organisation", "sec-gemeente-b");
        metadata.put("year", 2013);
        metadata.put("studyType", "EFFECT");
        metadata.put("themes", List.of("WONEN"));
        assertThat(as("sec-indiener-a").submit(metadata, DemoReports.pdf("A", 1), null).status()).isEqualTo(403);
    }

    @Test
    void invalidMetadataGives422WithFieldErrors() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", "");
        metadata.put("organisation", "sec-gemeente-a");
        metadata.put("year", 1800);
        metadata.put("studyType", "EFFECT");
        ApiClient.Response response = as("sec-indiener-a").submit(metadata, DemoReports.pdf("A", 1), "en");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("title", "authors", "year", "themes");
        ApiClient.Response notPdf = as("sec-indiener-a").submit(validMetadata(), "dit is geen pdf".getBytes(), null);
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.json().get("detail").asText()).contains("geen leesbare PDF");
    }

    @Test
    void healthIsOpenButDetailsAreForAdmins() {
        ApiClient.Response health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().has("components")).isFalse();
        assertThat(admin().get("/actuator/health").json().has("components")).isTrue();
    }

    @Test
    void camundaWebappsAreForAdminsOnly() {
        assertThat(anonymous().get("/camunda/app/cockpit/default/").status()).isIn(302, 401);
        assertThat(as("sec-secretaris").get("/camunda/app/cockpit/default/").status()).isEqualTo(403);
        assertThat(admin().get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
        assertThat(anonymous().post("/camunda/api/admin/setup/default/user/create", Map.of()).status()).isIn(302, 401, 403);
    }

    @Test
    void browserFormsNeedTheCsrfTokenWhileTheBasicAuthApiDoesNot() {
        ApiClient secretary = as("sec-secretaris");
        assertThat(secretary.post("/advice", Map.of("year", 2031)).status()).as("UI form post without CSRF token").isEqualTo(403);
        assertThat(secretary.get("/api/advice-rounds/2031").status()).as("so nothing was started").isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        ApiClient.Response docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/studies")).isTrue();
        assertThat(docs.json().get("paths").has("/api/tasks/{id}/complete")).isTrue();
    }

    private Map<String, Object> validMetadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", "Geldig");
        metadata.put("authors", List.of("A"));
        metadata.put("organisation", "sec-gemeente-a");
        metadata.put("year", 2013);
        metadata.put("studyType", "EFFECT");
        metadata.put("themes", List.of("WONEN"));
        return metadata;
    }

    private ApiClient as(String user) {
        return people.as(user);
    }
}
