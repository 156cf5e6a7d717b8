package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.methodetoets.demo.DemoReports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A whole year of the commission driven through the HTTP API only, as scripts would: six studies through
 * intake (with a completion loop, a rejection and a withdrawal), review (with a consensus case and an
 * exemplary study) and verdict, then the annual advice with one return for changes, ending in the published PDF.
 */
final class FullYearScenario {
    static final String PASSWORD = "geheim-wachtwoord";
    private final int port;
    private final int year;
    private final String suffix;
    private final ApiClient admin;

    FullYearScenario(int port, String adminPassword, int year) {
        this.port = port;
        this.year = year;
        this.suffix = "-" + year;
        this.admin = new ApiClient(port, "admin", adminPassword);
    }

    private ApiClient as(String user) {
        return new ApiClient(port, user + suffix, PASSWORD);
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
        score("r1", exemplary, uniform(5), null);
        score("r2", exemplary, uniform(5), null);
        JsonNode verdictTask = chair.awaitTask("VERDICT", exemplary);
        JsonNode proposal = chair.get("/api/tasks/" + verdictTask.get("id").asText()).json();
        assertThat(proposal.get("computedVerdict").asInt()).isEqualTo(5);
        assertThat(proposal.get("computedExemplary").asBoolean()).isTrue();
        complete(chair, verdictTask, Map.of("verdict", 5, "exemplary", true), 204);

        // S2 completion loop: the secretariat asks for more, the submitter uploads a new version and completes
        String completed = submit(groningen, "Monitor leefbaarheid Selwerd", "gemeente-groningen", "MONITOR");
        complete(secretariat, secretariat.awaitTask("INTAKE", completed),
                Map.of("decision", "REQUEST_COMPLETION", "remarks", "Voeg de responsanalyse toe."), 204);
        assertThat(groningen.get("/api/studies/" + completed).json().get("status").asText()).isEqualTo("AWAITING_COMPLETION");
        JsonNode completionTask = groningen.awaitTask("COMPLETE_SUBMISSION", completed);
        complete(groningen, completionTask, Map.of("remarks", "zonder nieuwe versie"), 422);
        assertThat(groningen.upload("/api/studies/" + completed + "/report", DemoReports.pdf("Monitor v2", 14)).status()).isEqualTo(201);
        complete(groningen, completionTask, Map.of("remarks", "Responsanalyse toegevoegd."), 204);
        accept(secretariat, completed);
        assign(secretariat, completed, "r1", "r3");
        Map<String, Integer> monitorScores = uniform(3);
        monitorScores.put("K1", null);
        monitorScores.put("K2", null);
        score("r1", completed, monitorScores, null);
        score("r3", completed, monitorScores, null);
        JsonNode monitorVerdict = chair.awaitTask("VERDICT", completed);
        complete(chair, monitorVerdict, Map.of("verdict", 4, "exemplary", false), 422); // departs without motivation
        complete(chair, monitorVerdict, Map.of("verdict", 4, "exemplary", false, "motivation", "Sterke monitor."), 204);
        assertThat(groningen.get("/api/studies/" + completed).json().get("report").get("pages").asInt()).isEqualTo(14);

        // S3 rejection
        String rejected = submit(denHaag, "Jaarverslag buurthuis", "gemeente-den-haag", "PROCESS");
        complete(secretariat, secretariat.awaitTask("INTAKE", rejected), Map.of("decision", "REJECT"), 422);
        complete(secretariat, secretariat.awaitTask("INTAKE", rejected),
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
        score("r2", consensus, uniform(3), null);
        Map<String, Integer> divergent = uniform(3);
        divergent.put("K3", 5);
        score("r3", consensus, divergent, "Sterke beleidstheorie.");
        JsonNode consensusTask = chair.awaitTask("CONSENSUS", consensus);
        JsonNode independent = chair.get("/api/tasks/" + consensusTask.get("id").asText()).json().get("independentScores");
        assertThat(independent.size()).isEqualTo(2);
        assertThat(denHaag.get("/api/studies/" + consensus).json().get("status").asText()).isEqualTo("IN_CONSENSUS");
        Map<String, Object> agreed = new HashMap<>();
        agreed.put("scores", uniform(3));
        agreed.put("rationale", "K3 besproken: voldoende.");
        complete(chair, consensusTask, agreed, 204);
        JsonNode consensusVerdict = chair.awaitTask("VERDICT", consensus);
        complete(chair, consensusVerdict, Map.of("verdict", 3, "exemplary", false), 204);

        // S6 a plain effect study
        String plain = submit(groningen, "Werkloosheid in Vinkhuizen", "gemeente-groningen", "EFFECT");
        accept(secretariat, plain);
        assign(secretariat, plain, "r1", "r2");
        score("r1", plain, uniform(2), null);
        score("r2", plain, uniform(2), null);
        complete(chair, chair.awaitTask("VERDICT", plain), Map.of("verdict", 2, "exemplary", false), 204);

        JsonNode feedback = groningen.get("/api/studies/" + completed).json().get("assessment");
        assertThat(feedback.get("verdict").asInt()).isEqualTo(4);
        assertThat(feedback.toString()).doesNotContain("r1" + suffix).doesNotContain("r3" + suffix);

        // the annual advice with one return for changes
        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", year)).status()).isEqualTo(201);
        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", year)).status()).isEqualTo(409);
        assertThat(secretariat.get("/api/advice-rounds/" + year + "/document").status()).isEqualTo(404);
        complete(secretariat, secretariat.awaitAdviceTask("DRAFT_ADVICE", year),
                Map.of("conclusions", "De kwaliteit is verbeterd.", "recommendations", "Meer vergelijkingswijken."), 204);
        JsonNode approve = chair.awaitAdviceTask("APPROVE_ADVICE", year);
        ApiClient.Response draft = chair.get("/api/advice-rounds/" + year + "/document");
        assertThat(draft.status()).isEqualTo(200);
        assertThat(text(draft.bytes())).contains("CONCEPT");
        assertThat(denHaag.get("/api/advice-rounds/" + year + "/document").status()).isEqualTo(403);
        complete(chair, approve, Map.of("approved", false, "remarks", "Noem de voorbeeldstudies expliciet."), 204);
        complete(secretariat, secretariat.awaitAdviceTask("DRAFT_ADVICE", year),
                Map.of("conclusions", "De kwaliteit is aantoonbaar verbeterd, maar schiet op onderdelen tekort.",
                        "recommendations", "Meer vergelijkingswijken."), 204);
        complete(chair, chair.awaitAdviceTask("APPROVE_ADVICE", year), Map.of("approved", true), 204);

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
    }

    private JsonNode awaitPublished(ApiClient client) {
        for (int i = 0; i < 400; i++) {
            JsonNode round = client.get("/api/advice-rounds/" + year).json();
            if (round.get("status").asText().equals("PUBLISHED")) {
                return round;
            }
            ApiClient.sleep();
        }
        throw new AssertionError("The advice round was not published in time");
    }

    private void setUpPeople() {
        for (String[] org : new String[][] {{"gemeente-den-haag", "GEMEENTE"}, {"gemeente-groningen", "GEMEENTE"},
                {"universiteit-twente", "UNIVERSITEIT"}, {"scp", "KENNISINSTITUUT"}, {"verwey-jonker", "KENNISINSTITUUT"},
                {"universiteit-utrecht", "UNIVERSITEIT"}, {"ministerie-bzk", "OVERIG"}}) {
            int status = admin.post("/api/organisations", Map.of("id", org[0], "name", org[0], "type", org[1])).status();
            assertThat(status).isIn(201, 409);
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
        ApiClient.Response created = admin.post("/api/users", Map.of("id", id + suffix, "name", "Persoon " + id,
                "email", id + "@example.nl", "password", PASSWORD, "organisation", organisation, "roles", List.of(role)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    private String submit(ApiClient submitter, String title, String organisation, String type) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", title);
        metadata.put("authors", List.of("A. Onderzoeker", "B. Analist"));
        metadata.put("organisation", organisation);
        metadata.put("commissionedBy", null);
        metadata.put("year", year);
        metadata.put("studyType", type);
        metadata.put("wijken", List.of("Transvaal"));
        metadata.put("themes", List.of("VEILIGHEID"));
        metadata.put("summary", "Samenvatting van " + title);
        ApiClient.Response response = submitter.submit(metadata, DemoReports.pdf(title, 10), null);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.headers().getLocation()).isNotNull();
        return response.json().get("id").asText();
    }

    private void accept(ApiClient secretariat, String studyId) {
        complete(secretariat, secretariat.awaitTask("INTAKE", studyId), Map.of("decision", "ACCEPT"), 204);
    }

    private void assign(ApiClient secretariat, String studyId, String... reviewers) {
        JsonNode task = secretariat.awaitTask("ASSIGN_REVIEWERS", studyId);
        JsonNode form = secretariat.get("/api/tasks/" + task.get("id").asText()).json();
        assertThat(form.get("proposal").size()).isEqualTo(2);
        List<String> ids = java.util.Arrays.stream(reviewers).map(r -> r + suffix).toList();
        complete(secretariat, task, Map.of("reviewers", ids), 204);
    }

    private void score(String reviewer, String studyId, Map<String, Integer> scores, String comment) {
        ApiClient client = as(reviewer);
        JsonNode task = client.awaitTask("SCORE", studyId);
        Map<String, Object> body = new HashMap<>();
        body.put("scores", scores);
        body.put("comments", comment == null ? Map.of() : Map.of("K3", comment));
        body.put("summary", "Oordeel van " + reviewer);
        complete(client, task, body, 204);
    }

    private static void complete(ApiClient client, JsonNode task, Map<String, ?> body, int expected) {
        ApiClient.Response response = client.post("/api/tasks/" + task.get("id").asText() + "/complete", body);
        assertThat(response.status()).as(response.text()).isEqualTo(expected);
    }

    static Map<String, Integer> uniform(int level) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            scores.put("K" + i, level);
        }
        return scores;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
