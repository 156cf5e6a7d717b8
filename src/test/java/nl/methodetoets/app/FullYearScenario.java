package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.testing.Await;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A whole year of the commission driven through the HTTP API only, as scripts would: six studies through
 * intake (with a completion loop, a rejection and a withdrawal), review (with a consensus case and an
 * exemplary study) and verdict, then the annual advice with one return for changes, ending in the published PDF.
 */
final class FullYearScenario {
    private final int year;
    private final String suffix;
    private final Scenario people;

    FullYearScenario(int port, String adminPassword, int year) {
        this.year = year;
        this.suffix = "-" + year;
        this.people = new Scenario(port, new ApiClient(port, "admin", adminPassword));
    }

    private ApiClient as(String user) {
        return people.as(user + suffix);
    }

    void run() throws IOException {
        setUpPeople();
        ApiClient denHaag = as("indiener");
        ApiClient groningen = as("indiener-gr");
        ApiClient secretariat = as("secretaris");
        ApiClient chair = as("voorzitter");

        // S1 exemplary effect study: both reviewers score 5 everywhere
        String exemplary = submit(denHaag, "Voorbeeldige verschil-in-verschillenstudie Transvaal", "gemeente-den-haag", "EFFECT");
        accept(secretariat, exemplary);
        assign(secretariat, exemplary, "r1", "r2");
        score("r1", exemplary, Scenario.uniform(5), null);
        score("r2", exemplary, Scenario.uniform(5), null);
        JsonNode verdictTask = chair.awaitTask("VERDICT", exemplary);
        JsonNode proposal = chair.get("/api/tasks/" + verdictTask.get("id").asText()).json();
        assertThat(proposal.get("computedVerdict").asInt()).isEqualTo(5);
        assertThat(proposal.get("computedExemplary").asBoolean()).isTrue();
        Scenario.complete(chair, verdictTask, Map.of("verdict", 5, "exemplary", true), 204);

        // S2 completion loop: the secretariat asks for more, the submitter uploads a new version and completes
        String completed = submit(groningen, "Monitor leefbaarheid Selwerd", "gemeente-groningen", "MONITOR");
        Scenario.complete(secretariat, secretariat.awaitTask("INTAKE", completed),
                Map.of("decision", "REQUEST_COMPLETION", "remarks", "Voeg de responsanalyse toe."), 204);
        assertThat(groningen.get("/api/studies/" + completed).json().get("status").asText()).isEqualTo("AWAITING_COMPLETION");
        JsonNode completionTask = groningen.awaitTask("COMPLETE_SUBMISSION", completed);
        Scenario.complete(groningen, completionTask, Map.of("remarks", "zonder nieuwe versie"), 422);
        assertThat(groningen.upload("/api/studies/" + completed + "/report", DemoReports.pdf("Monitor v2", 14)).status()).isEqualTo(201);
        Scenario.complete(groningen, completionTask, Map.of("remarks", "Responsanalyse toegevoegd."), 204);
        accept(secretariat, completed);
        assign(secretariat, completed, "r1", "r3");
        Map<String, Integer> monitorScores = Scenario.uniform(3);
        monitorScores.put("K1", null);
        monitorScores.put("K2", null);
        score("r1", completed, monitorScores, null);
        score("r3", completed, monitorScores, null);
        JsonNode monitorVerdict = chair.awaitTask("VERDICT", completed);
        Scenario.complete(chair, monitorVerdict, Map.of("verdict", 4, "exemplary", false), 422); // departs without motivation
        Scenario.complete(chair, monitorVerdict, Map.of("verdict", 4, "exemplary", false, "motivation", "Sterke monitor."), 204);
        assertThat(groningen.get("/api/studies/" + completed).json().get("report").get("pages").asInt()).isEqualTo(14);

        // S3 rejection
        String rejected = submit(denHaag, "Jaarverslag buurthuis", "gemeente-den-haag", "PROCESS");
        Scenario.complete(secretariat, secretariat.awaitTask("INTAKE", rejected), Map.of("decision", "REJECT"), 422);
        Scenario.complete(secretariat, secretariat.awaitTask("INTAKE", rejected),
                Map.of("decision", "REJECT", "remarks", "Geen effect- of monitorstudie."), 204);
        assertThat(denHaag.get("/api/studies/" + rejected).json().get("status").asText()).isEqualTo("REJECTED");

        // S4 withdrawal by the submitter while in intake
        String withdrawn = submit(groningen, "Voorlopige analyse Paddepoel", "gemeente-groningen", "EFFECT");
        secretariat.awaitTask("INTAKE", withdrawn);
        ApiClient.Response withdrawal = groningen.post("/api/studies/" + withdrawn + "/withdraw", null);
        assertThat(withdrawal.status()).isEqualTo(200);
        assertThat(withdrawal.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(secretariat.get("/api/tasks").json().findValuesAsText("studyId")).doesNotContain(withdrawn);

        // S5 consensus: K3 differs by two levels
        String consensus = submit(denHaag, "Veiligheid in de Schilderswijk", "gemeente-den-haag", "EFFECT");
        accept(secretariat, consensus);
        assign(secretariat, consensus, "r2", "r3");
        score("r2", consensus, Scenario.uniform(3), null);
        Map<String, Integer> divergent = Scenario.uniform(3);
        divergent.put("K3", 5);
        score("r3", consensus, divergent, "Sterke beleidstheorie.");
        JsonNode consensusTask = chair.awaitTask("CONSENSUS", consensus);
        JsonNode independent = chair.get("/api/tasks/" + consensusTask.get("id").asText()).json().get("independentScores");
        assertThat(independent.size()).isEqualTo(2);
        assertThat(denHaag.get("/api/studies/" + consensus).json().get("status").asText()).isEqualTo("IN_CONSENSUS");
        Map<String, Object> agreed = new HashMap<>();
        agreed.put("scores", Scenario.uniform(3));
        agreed.put("rationale", "K3 besproken: voldoende.");
        Scenario.complete(chair, consensusTask, agreed, 204);
        JsonNode consensusVerdict = chair.awaitTask("VERDICT", consensus);
        Scenario.complete(chair, consensusVerdict, Map.of("verdict", 3, "exemplary", false), 204);

        // S6 a plain effect study
        String plain = submit(groningen, "Werkloosheid in Vinkhuizen", "gemeente-groningen", "EFFECT");
        accept(secretariat, plain);
        assign(secretariat, plain, "r1", "r2");
        score("r1", plain, Scenario.uniform(2), null);
        score("r2", plain, Scenario.uniform(2), null);
        Scenario.complete(chair, chair.awaitTask("VERDICT", plain), Map.of("verdict", 2, "exemplary", false), 204);

        JsonNode feedback = groningen.get("/api/studies/" + completed).json().get("assessment");
        assertThat(feedback.get("verdict").asInt()).isEqualTo(4);
        assertThat(feedback.toString()).doesNotContain("r1" + suffix).doesNotContain("r3" + suffix);

        // the annual advice with one return for changes
        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", year)).status()).isEqualTo(201);
        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", year)).status()).isEqualTo(409);
        assertThat(secretariat.get("/api/advice-rounds/" + year + "/document").status()).isEqualTo(404);
        Scenario.complete(secretariat, secretariat.awaitAdviceTask("DRAFT_ADVICE", year),
                Map.of("conclusions", "De kwaliteit is verbeterd.", "recommendations", "Meer vergelijkingswijken."), 204);
        JsonNode approve = chair.awaitAdviceTask("APPROVE_ADVICE", year);
        ApiClient.Response draft = chair.get("/api/advice-rounds/" + year + "/document");
        assertThat(draft.status()).isEqualTo(200);
        assertThat(text(draft.bytes())).contains("CONCEPT");
        assertThat(denHaag.get("/api/advice-rounds/" + year + "/document").status()).isEqualTo(403);
        // until publication the round and its figures are for the chair, the secretariat and the admin only
        for (String path : List.of("", "/statistics", "/calibration")) {
            assertThat(denHaag.get("/api/advice-rounds/" + year + path).status()).as("submitter, unpublished " + path).isEqualTo(403);
            assertThat(as("r1").get("/api/advice-rounds/" + year + path).status()).as("reviewer, unpublished " + path).isEqualTo(403);
            assertThat(people.admin().get("/api/advice-rounds/" + year + path).status()).as("admin, unpublished " + path).isEqualTo(200);
        }
        Scenario.complete(chair, approve, Map.of("approved", false, "remarks", "Noem de voorbeeldstudies expliciet."), 204);
        Scenario.complete(secretariat, secretariat.awaitAdviceTask("DRAFT_ADVICE", year),
                Map.of("conclusions", "De kwaliteit is aantoonbaar verbeterd, maar schiet op onderdelen tekort.",
                        "recommendations", "Meer vergelijkingswijken."), 204);
        Scenario.complete(chair, chair.awaitAdviceTask("APPROVE_ADVICE", year), Map.of("approved", true), 204);

        JsonNode round = awaitPublished(secretariat);
        assertThat(round.get("studies").asInt()).isEqualTo(4);
        assertThat(round.get("exemplary").toString()).contains(exemplary).doesNotContain(plain);
        for (String id : List.of(exemplary, completed, consensus, plain)) {
            assertThat(secretariat.get("/api/studies/" + id).json().get("status").asText()).isEqualTo("PUBLISHED");
        }
        ApiClient.Response published = denHaag.get("/api/advice-rounds/" + year + "/document");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.headers().getContentType().toString()).startsWith("application/pdf");
        String pdfText = text(published.bytes());
        assertThat(pdfText).contains("Voorbeeldige verschil-in-verschillenstudie Transvaal")
                .contains("Werkloosheid in Vinkhuizen").doesNotContain("CONCEPT");
        JsonNode statistics = secretariat.get("/api/advice-rounds/" + year + "/statistics").json();
        assertThat(statistics.get("studies").asInt()).isEqualTo(4);
        assertThat(statistics.get("verdicts").get("5").asInt()).isEqualTo(1);
        // published: the round and its statistics are readable to everyone signed in, the calibration stays internal
        assertThat(denHaag.get("/api/advice-rounds/" + year).json().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(denHaag.get("/api/advice-rounds/" + year + "/statistics").json().get("studies").asInt()).isEqualTo(4);
        assertThat(as("r1").get("/api/advice-rounds/" + year + "/statistics").status()).isEqualTo(200);
        assertThat(denHaag.get("/api/advice-rounds/" + year + "/calibration").status()).isEqualTo(403);
    }

    private JsonNode awaitPublished(ApiClient client) {
        return Await.value(Duration.ofSeconds(60), "the advice round " + year + " to be published", () -> {
            JsonNode round = client.get("/api/advice-rounds/" + year).json();
            return round.get("status").asText().equals("PUBLISHED") ? Optional.of(round) : Optional.empty();
        });
    }

    private void setUpPeople() {
        for (String[] org : new String[][] {{"gemeente-den-haag", "GEMEENTE"}, {"gemeente-groningen", "GEMEENTE"},
                {"universiteit-twente", "UNIVERSITEIT"}, {"scp", "KENNISINSTITUUT"}, {"verwey-jonker", "KENNISINSTITUUT"},
                {"universiteit-utrecht", "UNIVERSITEIT"}, {"ministerie-bzk", "OVERIG"}}) {
            people.sharedOrganisation(org[0], org[1]);
        }
        user("indiener", "gemeente-den-haag", "SUBMITTER");
        user("indiener-gr", "gemeente-groningen", "SUBMITTER");
        user("secretaris", "ministerie-bzk", "SECRETARIAT");
        user("voorzitter", "universiteit-utrecht", "CHAIR");
        user("r1", "universiteit-twente", "REVIEWER");
        user("r2", "scp", "REVIEWER");
        user("r3", "verwey-jonker", "REVIEWER");
    }

    private void user(String id, String organisation, String role) {
        people.user(id + suffix, "Persoon " + id, id + "@example.nl", organisation, role);
    }

    private String submit(ApiClient submitter, String title, String organisation, String type) {
        Map<String, Object> metadata = Scenario.metadata(title, organisation, year, type, "VEILIGHEID");
        metadata.put("authors", List.of("A. Onderzoeker", "B. Analist"));
        return Scenario.submit(submitter, metadata, DemoReports.pdf(title, 10)).id();
    }

    private void accept(ApiClient secretariat, String studyId) {
        Scenario.study(studyId).accept(secretariat);
    }

    private void assign(ApiClient secretariat, String studyId, String... reviewers) {
        JsonNode task = Scenario.study(studyId).assignTask(secretariat);
        JsonNode form = secretariat.get("/api/tasks/" + task.get("id").asText()).json();
        assertThat(form.get("proposal").size()).isEqualTo(2);
        List<String> ids = java.util.Arrays.stream(reviewers).map(r -> r + suffix).toList();
        Scenario.complete(secretariat, task, Map.of("reviewers", ids), 204);
    }

    private void score(String reviewer, String studyId, Map<String, Integer> scores, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("scores", scores);
        body.put("comments", comment == null ? Map.of() : Map.of("K3", comment));
        body.put("summary", "Oordeel van " + reviewer);
        Scenario.study(studyId).score(as(reviewer), body);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
