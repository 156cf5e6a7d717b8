package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.methodetoets.demo.DemoReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A submitter works only with their own organisation's studies: another organisation's study cannot be read,
 * listed or found, downloaded, previewed, given a new version, completed (COMPLETE_SUBMISSION) or withdrawn.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmitterAuthorizationTest extends ApplicationTestBase {
    private String study;
    private String completionTask;

    @BeforeAll
    void aStudyOfOrganisationBAwaitingCompletion() {
        Scenario.organisation(admin(), "auth-gemeente-a");
        Scenario.organisation(admin(), "auth-gemeente-b");
        Scenario.user(admin(), "auth-indiener-a", "auth-gemeente-a", "SUBMITTER");
        Scenario.user(admin(), "auth-indiener-b", "auth-gemeente-b", "SUBMITTER");
        Scenario.user(admin(), "auth-secretaris", "auth-gemeente-a", "SECRETARIAT");
        ApiClient.Response created = b().submit(Scenario.metadata("Auth: studie van B", "auth-gemeente-b", 2013, "EFFECT", "WONEN"),
                DemoReports.pdf("Auth: studie van B", 2), null);
        assertThat(created.status()).isEqualTo(201);
        study = created.json().get("id").asText();
        ApiClient secretariat = new ApiClient(port, "auth-secretaris", Scenario.PASSWORD);
        String intake = secretariat.awaitTask("INTAKE", study).get("id").asText();
        assertThat(secretariat.post("/api/tasks/" + intake + "/complete",
                Map.of("decision", "REQUEST_COMPLETION", "remarks", "Graag de bijlage.")).status()).isEqualTo(204);
        completionTask = b().awaitTask("COMPLETE_SUBMISSION", study).get("id").asText();
    }

    @Test
    void anotherOrganisationsStudyCannotBeReadListedOrFound() {
        assertThat(a().get("/api/studies/" + study).status()).isEqualTo(404);
        assertThat(a().get("/api/studies").json().findValuesAsText("id")).doesNotContain(study);
        assertThat(a().get("/api/studies?organisation=auth-gemeente-b").json().findValuesAsText("id")).isEmpty();
        assertThat(a().get("/api/studies?q=studie van B").json().findValuesAsText("id")).isEmpty();
        assertThat(a().get("/studies/" + study).status()).isEqualTo(404);
        assertThat(b().get("/api/studies/" + study).status()).isEqualTo(200);
    }

    @Test
    void anotherOrganisationsReportCannotBeDownloadedOrPreviewed() {
        ApiClient.Response report = a().get("/api/studies/" + study + "/report");
        assertThat(report.status()).isEqualTo(404);
        assertThat(report.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(a().get("/studies/" + study + "/report").status()).isEqualTo(404);
        assertThat(a().get("/studies/" + study + "/preview.png").status()).isEqualTo(404);
        assertThat(b().get("/api/studies/" + study + "/report").bytes()).startsWith("%PDF-".getBytes());
    }

    @Test
    void anotherOrganisationsCompletionCannotBeDoneOrSeen() {
        assertThat(a().get("/api/tasks").json().findValuesAsText("id")).doesNotContain(completionTask);
        assertThat(a().get("/api/tasks/" + completionTask).status()).isEqualTo(403);
        ApiClient.Response upload = a().upload("/api/studies/" + study + "/report", DemoReports.pdf("Van A", 1), null, "auth-key");
        assertThat(upload.status()).isEqualTo(404);
        ApiClient.Response complete = a().post("/api/tasks/" + completionTask + "/complete", Map.of("remarks", "Gedaan door A"));
        assertThat(complete.status()).isEqualTo(403);
        assertThat(b().get("/api/studies/" + study).json().get("report").get("version").asInt()).isEqualTo(1);
        assertThat(b().get("/api/tasks").json().findValuesAsText("id")).contains(completionTask);
    }

    @Test
    void anotherOrganisationsStudyCannotBeWithdrawn() {
        assertThat(a().post("/api/studies/" + study + "/withdraw", null).status()).isEqualTo(404);
        assertThat(b().get("/api/studies/" + study).json().get("status").asText()).isEqualTo("AWAITING_COMPLETION");
    }

    private ApiClient a() {
        return new ApiClient(port, "auth-indiener-a", Scenario.PASSWORD);
    }

    private ApiClient b() {
        return new ApiClient(port, "auth-indiener-b", Scenario.PASSWORD);
    }
}
