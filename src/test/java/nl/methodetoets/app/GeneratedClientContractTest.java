package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.methodetoets.client.ApiClient;
import nl.methodetoets.client.api.StudiesApi;
import nl.methodetoets.client.api.TasksApi;
import nl.methodetoets.client.api.UsersAndOrganisationsApi;
import nl.methodetoets.client.model.AssignReviewersTaskBody;
import nl.methodetoets.client.model.FieldError;
import nl.methodetoets.client.model.IntakeTaskBody;
import nl.methodetoets.client.model.NewOrganisation;
import nl.methodetoets.client.model.NewUser;
import nl.methodetoets.client.model.ProblemDetail;
import nl.methodetoets.client.model.ScoreTaskBody;
import nl.methodetoets.client.model.Study;
import nl.methodetoets.client.model.StudyMetadata;
import nl.methodetoets.client.model.VerdictTaskBody;
import nl.methodetoets.client.model.WorkItem;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClientResponseException;

/**
 * The contract test of {@code docs/openapi.json}: a Java client generated from it at build time
 * ({@code openapi-generator-maven-plugin}, package {@code nl.methodetoets.client}) drives a study from submission to
 * verdict and meets a refusal, against the running application, using nothing but that client. When the committed
 * description and the server disagree on a path, a body or a status, this test fails.
 */
class GeneratedClientContractTest extends ApplicationTestBase {
    private static final String PASSWORD = "wachtwoord-contract";

    private ApiClient admin;

    @BeforeEach
    void adminClient() {
        admin = client("admin", ADMIN_PASSWORD);
    }

    @Test
    void aStudyGoesFromSubmissionToVerdictThroughTheGeneratedClient() throws IOException {
        UsersAndOrganisationsApi people = new UsersAndOrganisationsApi(admin);
        for (String organisation : List.of("contract-gemeente", "contract-uni-a", "contract-uni-b", "contract-bzk")) {
            people.createOrganisation(new NewOrganisation().id(organisation).name("Organisatie " + organisation)
                    .type(NewOrganisation.TypeEnum.GEMEENTE));
        }
        user(people, "contract-indiener", "contract-gemeente", "SUBMITTER");
        user(people, "contract-secretaris", "contract-bzk", "SECRETARIAT");
        user(people, "contract-beoordelaar-a", "contract-uni-a", "REVIEWER");
        user(people, "contract-beoordelaar-b", "contract-uni-b", "REVIEWER");
        user(people, "contract-voorzitter", "contract-bzk", "CHAIR");

        StudiesApi submitterStudies = new StudiesApi(client("contract-indiener", PASSWORD));
        Study submitted = submitterStudies.submitStudy(metadata("Effecten van de wijkaanpak in Transvaal"),
                report("Effecten van de wijkaanpak in Transvaal"), "contract-" + System.nanoTime());
        assertThat(submitted.getId()).isNotBlank();
        assertThat(submitted.getStatus()).hasToString("SUBMITTED");
        String study = submitted.getId();

        TasksApi secretariat = tasks("contract-secretaris");
        secretariat.completeTask(awaitTask(secretariat, "INTAKE", study).getId(),
                new IntakeTaskBody().taskType("INTAKE").decision(IntakeTaskBody.DecisionEnum.ACCEPT)
                        .remarks("Compleet."));
        secretariat.completeTask(awaitTask(secretariat, "ASSIGN_REVIEWERS", study).getId(),
                new AssignReviewersTaskBody().taskType("ASSIGN_REVIEWERS")
                        .reviewers(List.of("contract-beoordelaar-a", "contract-beoordelaar-b")));

        for (String reviewer : List.of("contract-beoordelaar-a", "contract-beoordelaar-b")) {
            TasksApi reviewerTasks = tasks(reviewer);
            ScoreTaskBody scores = new ScoreTaskBody().taskType("SCORE")
                    .summary("Degelijk onderzoek.");
            for (int k = 1; k <= 8; k++) {
                scores.putScoresItem("K" + k, 4);
            }
            reviewerTasks.completeTask(awaitTask(reviewerTasks, "SCORE", study).getId(), scores);
        }

        TasksApi chair = tasks("contract-voorzitter");
        chair.completeTask(awaitTask(chair, "VERDICT", study).getId(),
                new VerdictTaskBody().taskType("VERDICT").verdict(4).exemplary(false)
                        .motivation("Goed onderzoek."));

        Study assessed = Await.value(Duration.ofSeconds(60), "the study assessed", () -> {
            Study now = submitterStudies.getStudy(study);
            return "ASSESSED".equals(String.valueOf(now.getStatus())) ? Optional.of(now) : Optional.empty();
        });
        assertThat(assessed.getAssessment()).isNotNull();
        assertThat(assessed.getAssessment().getVerdict()).isEqualTo(4);
        assertThat(assessed.getAssessment().getExemplary()).isFalse();
    }

    @Test
    void aRefusalIsAProblemDetailsDocumentWithErrors() throws IOException {
        UsersAndOrganisationsApi people = new UsersAndOrganisationsApi(admin);
        people.createOrganisation(new NewOrganisation().id("contract-refusal").name("Gemeente Weigering")
                .type(NewOrganisation.TypeEnum.GEMEENTE));
        user(people, "contract-weigering", "contract-refusal", "SUBMITTER");
        StudiesApi studies = new StudiesApi(client("contract-weigering", PASSWORD));
        StudyMetadata noTitle = metadata(" ").organisation("contract-refusal");

        RestClientResponseException refused = catchThrowableOfType(RestClientResponseException.class,
                () -> studies.submitStudy(noTitle, report("Zonder titel"), null));

        assertThat(refused).as("a study without a title is refused").isNotNull();
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(String.valueOf(refused.getResponseHeaders().getContentType())).startsWith("application/problem+json");
        ProblemDetail problem = problem(refused);
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getDetail()).isNotBlank();
        assertThat(problem.getErrors()).extracting(FieldError::getField).contains("title");
        assertThat(studies.findStudies(null, null, null, null, null, null)).isEmpty();
    }

    private ApiClient client(String user, String password) {
        ApiClient client = new ApiClient();
        client.setBasePath("http://localhost:" + port);
        client.setUsername(user);
        client.setPassword(password);
        return client;
    }

    private TasksApi tasks(String user) {
        return new TasksApi(client(user, PASSWORD));
    }

    private static void user(UsersAndOrganisationsApi people, String id, String organisation, String role) {
        people.createUser(new NewUser().id(id).name("Persoon " + id).email(id + "@example.nl").password(PASSWORD)
                .organisation(organisation).roles(List.of(role)));
    }

    private static StudyMetadata metadata(String title) {
        return new StudyMetadata().title(title).authors(List.of("A. Onderzoeker")).organisation("contract-gemeente")
                .year(2014).studyType(StudyMetadata.StudyTypeEnum.EFFECT).wijken(List.of("Transvaal"))
                .themes(List.of(StudyMetadata.ThemesEnum.WONEN)).summary("Samenvatting.");
    }

    private static java.io.File report(String title) throws IOException {
        Path file = Files.createTempFile("contract-", ".pdf");
        Files.write(file, DemoReports.pdf(title, 3));
        file.toFile().deleteOnExit();
        return file.toFile();
    }

    private static WorkItem awaitTask(TasksApi tasks, String type, String study) {
        return Await.value(Duration.ofSeconds(60), "a " + type + " task", () -> tasks.listTasks().stream()
                .filter(t -> type.equals(t.getType()) && study.equals(t.getStudyId())).findFirst());
    }

    private ProblemDetail problem(RestClientResponseException e) throws JsonProcessingException {
        return admin.getObjectMapper().readValue(e.getResponseBodyAsString(), ProblemDetail.class);
    }
}
