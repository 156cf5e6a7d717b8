package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Issue 10, "the advice never stalls": a study title with characters XML cannot hold (stored before input refused
 * them) still gives a valid archival advice; and a rendering that does fail is not a silent RENDERING but a stalled
 * round the secretariat sees on the round's page, in words, with a retry that runs the job again once the cause is
 * gone.
 */
class AdviceRenderingRecoveryTest extends ApplicationTestBase {
    private static final String HOSTILE = "\u0001\u0000\u001F\u007F";

    @Autowired
    DataSource dataSource;

    private Scenario people;
    private ApiClient secretariat;
    private ApiClient chair;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private void setUp(String suffix) {
        people = new Scenario(port, admin());
        people.sharedOrganisation("org-render", "GEMEENTE");
        secretariat = people.user("secr-render" + suffix, "org-render", "SECRETARIAT");
        chair = people.user("chair-render" + suffix, "org-render", "CHAIR");
    }

    @Test
    void aTitleWithControlCharactersStillGivesAValidAdvice() throws Exception {
        int year = 2006;
        setUp("-x");
        people.sharedOrganisation("org-render-r", "UNIVERSITEIT");
        ApiClient submitter = people.user("sub-render-x", "org-render", "SUBMITTER");
        ApiClient r1 = people.user("rev1-render-x", "org-render-r", "REVIEWER");
        ApiClient r2 = people.user("rev2-render-x", "org-render-r", "REVIEWER");
        Map<String, Object> metadata = Scenario.metadata("Titel met stuurtekens", "org-render", year, "EFFECT", "VEILIGHEID");
        Scenario.Study study = Scenario.submit(submitter, metadata, nl.methodetoets.demo.DemoReports.pdf("Stuurtekens", 3));
        study.acceptAndAssign(secretariat, List.of("rev1-render-x", "rev2-render-x"));
        study.scores(r1, Scenario.uniform(4)).scores(r2, Scenario.uniform(4));
        study.takeComputedVerdict(chair);
        // what input now refuses, as it may sit in a database from before: straight into the row
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.update("update study set title = ? where id = ?", "Titel" + HOSTILE + "met stuurtekens", study.id()))
                .isEqualTo(1);
        jdbc.update("update organisation set name = ? where id = ?", "Gemeente" + HOSTILE + " Render", "org-render");

        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", year)).status()).isEqualTo(201);
        Scenario.complete(secretariat, secretariat.awaitAdviceTask("DRAFT_ADVICE", year),
                Map.of("conclusions", "Conclusies.", "recommendations", "Aanbevelingen."), 204);
        JsonNode approve = chair.awaitAdviceTask("APPROVE_ADVICE", year);
        byte[] draft = chair.get("/api/advice-rounds/" + year + "/document").bytes();
        assertThat(FullYearScenario.text(draft).replaceAll("\\s+", " ")).contains("Titel met stuurtekens", "CONCEPT");
        assertCompliant(draft, PDFAFlavour.PDFA_3_A);

        Scenario.complete(chair, approve, Map.of("approved", true), 204);
        Await.value(Duration.ofSeconds(90), "the advice " + year + " to be published", () -> {
            JsonNode round = secretariat.get("/api/advice-rounds/" + year).json();
            return round.get("status").asText().equals("PUBLISHED") ? Optional.of(round) : Optional.empty();
        });
        byte[] published = secretariat.get("/api/advice-rounds/" + year + "/document").bytes();
        assertThat(FullYearScenario.text(published).replaceAll("\\s+", " ")).contains("Titel met stuurtekens")
                .doesNotContain("CONCEPT");
        assertCompliant(published, PDFAFlavour.PDFA_3_A);
        assertCompliant(published, PDFAFlavour.PDFUA_1);
    }

    @Test
    void aFailedRenderingIsShownWithARetryThatCompletesItOnceTheCauseIsGone() throws Exception {
        int year = 2032;
        setUp("-f");
        ApiClient submitter = people.user("sub-render-f", "org-render", "SUBMITTER");
        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", year)).status()).isEqualTo(201);
        JsonNode draftTask = secretariat.awaitAdviceTask("DRAFT_ADVICE", year);
        // the cause: a file where the round's directory must go, so the draft PDF cannot be stored
        Path blocker = dataDir().resolve("advice").resolve(String.valueOf(year));
        Files.write(blocker, new byte[] {1});
        Scenario.complete(secretariat, draftTask, Map.of("conclusions", "Conclusies."), 204);

        JsonNode stalled = Await.value(Duration.ofSeconds(120), "the failed draft rendering to become an incident", () -> {
            JsonNode round = secretariat.get("/api/advice-rounds/" + year).json();
            return round.path("renderingError").isObject() ? Optional.of(round) : Optional.empty();
        });
        assertThat(stalled.get("status").asText()).isEqualTo("RENDERING");
        assertThat(stalled.at("/renderingError/stage").asText()).isEqualTo("DRAFT");
        assertThat(stalled.at("/renderingError/reason").asText()).isEqualTo("STORAGE");
        assertThat(stalled.at("/renderingError/message").asText()).contains("concept-PDF", "opgeslagen");
        assertThat(secretariat.get("/api/advice-rounds/" + year, "en").json().at("/renderingError/message").asText())
                .contains("draft PDF", "stored");

        UiSession page = UiSession.login(port, "secr-render-f", Scenario.PASSWORD);
        String html = page.get("/advice").body();
        assertThat(html).contains("De adviesronde 2032 staat stil", "Het maken van de concept-PDF is mislukt.",
                "Het document kon niet worden opgeslagen", "STORAGE:", "action=\"/advice/2032/retry\"", "Opnieuw proberen");
        assertThat(page.get("/advice/" + year).body()).contains("De adviesronde 2032 staat stil", "action=\"/advice/2032/retry\"");
        String chairPage = UiSession.login(port, "chair-render-f", Scenario.PASSWORD).get("/advice").body();
        assertThat(chairPage).contains("De adviesronde 2032 staat stil").doesNotContain("/advice/2032/retry");
        assertThat(UiSession.login(port, "sub-render-f", Scenario.PASSWORD).get("/advice").body())
                .doesNotContain("staat stil");
        assertThat(submitter.get("/api/tasks").json().toString()).doesNotContain("APPROVE_ADVICE");

        String csrf = UiSession.hidden(html, "_csrf");
        // no CSRF token: refused; a submitter: refused
        assertThat(page.postForm("/advice/" + year + "/retry", Map.of()).status()).isEqualTo(403);
        UiSession submitterPage = UiSession.login(port, "sub-render-f", Scenario.PASSWORD);
        String submitterCsrf = UiSession.hidden(submitterPage.get("/advice").body(), "_csrf");
        assertThat(submitterPage.postForm("/advice/" + year + "/retry", Map.of("_csrf", submitterCsrf)).status())
                .isEqualTo(403);

        // retrying before the cause is gone fails again, and says so
        UiSession.Page again = page.postForm("/advice/" + year + "/retry", Map.of("_csrf", csrf));
        assertThat(again.status()).isEqualTo(302);
        assertThat(page.get("/advice").body()).contains("weer vastgelopen", "De adviesronde 2032 staat stil");

        Files.delete(blocker);
        html = page.get("/advice").body();
        UiSession.Page retried = page.postForm("/advice/" + year + "/retry", Map.of("_csrf", UiSession.hidden(html, "_csrf")));
        assertThat(retried.status()).isEqualTo(302);
        assertThat(page.get("/advice").body()).contains("De adviesronde 2032 loopt weer.").doesNotContain("staat stil");

        JsonNode round = secretariat.get("/api/advice-rounds/" + year).json();
        assertThat(round.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(round.get("renderingError").isNull()).isTrue();
        chair.awaitAdviceTask("APPROVE_ADVICE", year);
        assertThat(chair.get("/api/advice-rounds/" + year + "/document").status()).isEqualTo(200);
    }

    private static void assertCompliant(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            assertThat(validator.validate(parser).isCompliant()).as(flavour.toString()).isTrue();
        }
    }
}
