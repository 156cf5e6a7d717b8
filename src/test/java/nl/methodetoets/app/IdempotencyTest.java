package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.methodetoets.demo.DemoReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code Idempotency-Key} on the study writes (API.md): the same key returns the first result and creates nothing
 * new, also when both requests arrive at the same moment; the same key with another body is refused with 422.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyTest extends ApplicationTestBase {
    private final byte[] report = DemoReports.pdf("Idempotent rapport", 3);

    @BeforeAll
    void people() {
        Scenario.organisation(admin(), "idem-gemeente");
        Scenario.user(admin(), "idem-indiener", "idem-gemeente", "SUBMITTER");
        Scenario.user(admin(), "idem-collega", "idem-gemeente", "SUBMITTER");
        Scenario.user(admin(), "idem-secretaris", "idem-gemeente", "SECRETARIAT");
    }

    @Test
    void theSameKeyTwiceCreatesOneStudyAndReturnsTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> metadata = Scenario.metadata("Tweemaal verstuurd", "idem-gemeente", 2013, "EFFECT", "WONEN");
        ApiClient.Response first = submitter().submit(metadata, report, null, key);
        ApiClient.Response second = submitter().submit(metadata, report, null, key);
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(titles()).containsOnlyOnce("Tweemaal verstuurd");
        // without a key the same body is simply a new request
        assertThat(submitter().submit(metadata, report, null).status()).isEqualTo(201);
        assertThat(titles()).filteredOn("Tweemaal verstuurd"::equals).hasSize(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        String key = UUID.randomUUID().toString();
        assertThat(submitter().submit(Scenario.metadata("Eerste inhoud", "idem-gemeente", 2013, "EFFECT", "WONEN"),
                report, null, key).status()).isEqualTo(201);
        ApiClient.Response otherMetadata = submitter().submit(
                Scenario.metadata("Andere inhoud", "idem-gemeente", 2013, "EFFECT", "WONEN"), report, null, key);
        assertThat(otherMetadata.status()).isEqualTo(422);
        assertThat(otherMetadata.json().get("detail").asText())
                .isEqualTo("Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor een nieuw verzoek een nieuwe sleutel.");
        ApiClient.Response otherReport = submitter().submit(Scenario.metadata("Eerste inhoud", "idem-gemeente", 2013, "EFFECT", "WONEN"),
                DemoReports.pdf("Een ander rapport", 3), "en", key);
        assertThat(otherReport.status()).isEqualTo(422);
        assertThat(otherReport.json().get("detail").asText()).startsWith("This Idempotency-Key was already used for a different request.");
        assertThat(titles()).doesNotContain("Andere inhoud").containsOnlyOnce("Eerste inhoud");
    }

    @Test
    void keysAreScopedToTheUser() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> metadata = Scenario.metadata("Twee collega's, een sleutel", "idem-gemeente", 2013, "MONITOR", "LEREN");
        ApiClient.Response mine = submitter().submit(metadata, report, null, key);
        ApiClient.Response colleague = new ApiClient(port, "idem-collega", Scenario.PASSWORD).submit(metadata, report, null, key);
        assertThat(mine.status()).isEqualTo(201);
        assertThat(colleague.status()).isEqualTo(201);
        assertThat(colleague.headers().getLocation()).isNotEqualTo(mine.headers().getLocation());
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneStudy() throws Exception {
        ConcurrentTwins.submitAndExpectOneStudy(submitter(),
                Scenario.metadata("Gelijktijdig verstuurd", "idem-gemeente", 2013, "EFFECT", "WERKEN"), report, 4);
    }

    @Test
    void aNewReportVersionWithTheSameKeyIsStoredOnce() {
        ApiClient.Response created = submitter().submit(Scenario.metadata("Aan te vullen", "idem-gemeente", 2013, "EFFECT", "WONEN"), report, null);
        String id = created.json().get("id").asText();
        ApiClient secretariat = new ApiClient(port, "idem-secretaris", Scenario.PASSWORD);
        String intake = secretariat.awaitTask("INTAKE", id).get("id").asText();
        assertThat(secretariat.post("/api/tasks/" + intake + "/complete",
                Map.of("decision", "REQUEST_COMPLETION", "remarks", "Voeg de bijlagen toe.")).status()).isEqualTo(204);
        String key = UUID.randomUUID().toString();
        byte[] v2 = DemoReports.pdf("Aan te vullen v2", 5);
        ApiClient.Response first = submitter().upload("/api/studies/" + id + "/report", v2, null, key);
        ApiClient.Response again = submitter().upload("/api/studies/" + id + "/report", v2, null, key);
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(first.json().get("report").get("version").asInt()).isEqualTo(2);
        assertThat(submitter().get("/api/studies/" + id).json().get("report").get("version").asInt()).isEqualTo(2);
        assertThat(submitter().upload("/api/studies/" + id + "/report", DemoReports.pdf("v3", 1), null, key).status()).isEqualTo(422);
    }

    @Test
    void aDoubleSubmittedBrowserFormCreatesOneStudy() {
        UiSession browser = UiSession.login(port, "idem-indiener", Scenario.PASSWORD);
        String form = browser.get("/studies/new").body();
        List<Map.Entry<String, String>> fields = List.of(
                Map.entry("_csrf", UiSession.hidden(form, "_csrf")),
                Map.entry("idempotencyKey", UiSession.hidden(form, "idempotencyKey")),
                Map.entry("title", "Dubbelklik in de browser"), Map.entry("authors", "A. Onderzoeker"),
                Map.entry("year", "2013"), Map.entry("studyType", "EFFECT"), Map.entry("themes", "WONEN"),
                Map.entry("wijken", "Transvaal"), Map.entry("summary", ""));
        UiSession.Page first = browser.postMultipart("/studies/new", fields, "report", report);
        UiSession.Page second = browser.postMultipart("/studies/new", fields, "report", report);
        assertThat(first.status()).as(first.body()).isEqualTo(302);
        assertThat(first.location()).contains("/studies/").endsWith("?submitted");
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(titles()).containsOnlyOnce("Dubbelklik in de browser");
        String nextForm = browser.get("/studies/new").body();
        assertThat(UiSession.hidden(nextForm, "idempotencyKey")).as("a fresh token per form")
                .isNotEqualTo(UiSession.hidden(form, "idempotencyKey"));
    }

    private List<String> titles() {
        return submitter().get("/api/studies").json().findValuesAsText("title");
    }

    private ApiClient submitter() {
        return new ApiClient(port, "idem-indiener", Scenario.PASSWORD);
    }
}
