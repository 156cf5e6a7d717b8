package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.testing.Await;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11, the advice as a publication, through the running application: the draft and the final download under
 * their own names (API and UI), and the document is built from the round's real data — the commission by role with
 * organisations (someone with several roles once, under the highest), the exemplary study with its commissioning
 * organisation and consolidated scores, and the rubric version the studies were scored with as the appendix.
 */
class AdvicePublicationTest extends ApplicationTestBase {
    /** The test's own year: no other test of the shared context gathers it. */
    private static final int YEAR = 2051;
    /** A year a study may be submitted for (at most next year); its studies are then moved to {@link #YEAR}. */
    private static final int SUBMITTED = java.time.Year.now().getValue();

    @Autowired
    javax.sql.DataSource dataSource;

    /** Submits a study and moves it to {@link #YEAR} before intake (a submitter may not name a year that far ahead). */
    private Scenario.Study submit(ApiClient submitter, Map<String, Object> metadata, String report) {
        metadata.put("year", SUBMITTED);
        Scenario.Study study = Scenario.submit(submitter, metadata, DemoReports.pdf(report, 3));
        assertThat(new JdbcTemplate(dataSource).update("update study set study_year = ? where id = ?", YEAR, study.id()))
                .isEqualTo(1);
        return study;
    }

    @Test
    void draftAndFinalAreNamedApartAndTheDocumentNamesTheCommissionAndTheInstrument() throws IOException {
        Scenario people = new Scenario(port, admin())
                .organisations("pub51-gemeente", "pub51-uni", "pub51-ministerie", "pub51-opdrachtgever");
        ApiClient submitter = people.user("pub51-indiener", "pub51-gemeente", "SUBMITTER");
        ApiClient secretariat = people.user("pub51-secretaris", "pub51-ministerie", "SECRETARIAT");
        ApiClient chair = people.user("pub51-voorzitter", "pub51-ministerie", "CHAIR", "REVIEWER");
        people.user("pub51-lid-secretaris", "pub51-ministerie", "SECRETARIAT", "REVIEWER");
        people.user("pub51-beheerder", "pub51-ministerie", "ADMIN");
        ApiClient r1 = people.user("pub51-r1", "pub51-uni", "REVIEWER");
        ApiClient r2 = people.user("pub51-r2", "pub51-uni", "REVIEWER");

        Map<String, Object> effect = Scenario.metadata("Publicatiestudie verschil-in-verschillen", "pub51-gemeente", YEAR,
                "EFFECT", "VEILIGHEID");
        effect.put("commissionedBy", "pub51-opdrachtgever");
        Scenario.Study exemplary = submit(submitter, effect, "Publicatiestudie");
        exemplary.acceptAndAssign(secretariat, List.of("pub51-r1", "pub51-r2"));
        exemplary.scores(r1, Scenario.uniform(5)).scores(r2, Scenario.uniform(5));
        assertThat(exemplary.takeComputedVerdict(chair)).isEqualTo(5);
        Scenario.Study monitor = submit(submitter,
                Scenario.metadata("Publicatiemonitor leefbaarheid", "pub51-gemeente", YEAR, "MONITOR", "WONEN"),
                "Publicatiemonitor");
        monitor.acceptAndAssign(secretariat, List.of("pub51-r1", "pub51-r2"));
        Map<String, Integer> monitorScores = Scenario.uniform(3);
        monitorScores.put("K1", null); // n.v.t., as a monitor may
        monitorScores.put("K2", null);
        monitor.scores(r1, monitorScores).scores(r2, monitorScores);
        monitor.takeComputedVerdict(chair);
        String version = secretariat.get("/api/studies/" + exemplary.id()).json().get("assessment").get("rubricVersion").asText();

        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", YEAR)).status()).isEqualTo(201);
        Scenario.complete(secretariat, secretariat.awaitAdviceTask("DRAFT_ADVICE", YEAR),
                Map.of("conclusions", "De kwaliteit is verbeterd.", "recommendations", "Meer vergelijkingswijken."), 204);
        JsonNode approve = chair.awaitAdviceTask("APPROVE_ADVICE", YEAR);

        ApiClient.Response draft = chair.get("/api/advice-rounds/" + YEAR + "/document");
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.headers().getFirst("Content-Disposition")).isEqualTo("inline; filename=\"jaaradvies-2051-concept-1.pdf\"");
        UiSession.Download draftInBrowser = UiSession.login(port, "pub51-secretaris", Scenario.PASSWORD)
                .download("/advice/" + YEAR + "/document");
        assertThat(draftInBrowser.status()).isEqualTo(200);
        assertThat(draftInBrowser.contentDisposition()).isEqualTo("inline; filename=\"jaaradvies-2051-concept-1.pdf\"");
        assertThat(draftInBrowser.body()).isEqualTo(draft.bytes());
        try (PDDocument pdf = Loader.loadPDF(draft.bytes())) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(text(pdf, page)).as("draft page %d", page).contains("CONCEPT 1");
            }
        }

        Scenario.complete(chair, approve, Map.of("approved", true), 204);
        Await.value(Duration.ofSeconds(60), "the advice round " + YEAR + " to be published", () -> {
            JsonNode round = secretariat.get("/api/advice-rounds/" + YEAR).json();
            return round.get("status").asText().equals("PUBLISHED") ? Optional.of(round) : Optional.empty();
        });
        ApiClient.Response published = submitter.get("/api/advice-rounds/" + YEAR + "/document");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.headers().getFirst("Content-Disposition")).isEqualTo("inline; filename=\"jaaradvies-2051.pdf\"");
        UiSession.Download finalInBrowser = UiSession.login(port, "pub51-indiener", Scenario.PASSWORD)
                .download("/advice/" + YEAR + "/document");
        assertThat(finalInBrowser.contentDisposition()).isEqualTo("inline; filename=\"jaaradvies-2051.pdf\"");
        assertThat(finalInBrowser.body()).isEqualTo(published.bytes());

        String text;
        try (PDDocument pdf = Loader.loadPDF(published.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text(pdf, 2)).contains("Inhoud", "Leden van de commissie", "Bijlage: het beoordelingskader " + version);
        }
        assertThat(text).doesNotContainIgnoringCase("concept");
        // names wrap at their hyphens: compared without white space
        assertThat(text.replace(" ", "")).contains("Organisatie:Organisatiepub51-gemeente·Opdrachtgever:Organisatiepub51-opdrachtgever");
        assertThat(text).contains("Publicatiestudie verschil-in-verschillen",
                "Soort studie: effectstudie · Eindoordeel: 5 (zeer goed)",
                "Criterium K1 K2 K3 K4 K5 K6 K7 K8 Geconsolideerde score 5 5 5 5 5 5 5 5",
                "Bijlage: het beoordelingskader " + version);
        int membersStart = text.lastIndexOf("Leden van de commissie Naam Rol Organisatie");
        String members = text.substring(membersStart, text.indexOf("Bijlage: het beoordelingskader", membersStart));
        assertThat(members).contains("Persoon pub51-voorzitter voorzitter Organisatie pub51-ministerie",
                "Persoon pub51-lid-secretaris lid Organisatie pub51-ministerie",
                "Persoon pub51-r1 lid Organisatie pub51-uni",
                "Persoon pub51-secretaris secretariaat Organisatie pub51-ministerie")
                .doesNotContain("pub51-beheerder", "pub51-indiener");
        for (String person : List.of("pub51-voorzitter", "pub51-lid-secretaris")) {
            assertThat(members.indexOf("Persoon " + person + " ")).as(person + " once")
                    .isEqualTo(members.lastIndexOf("Persoon " + person + " "));
        }
        // the chairs first, then the members, then the secretariat
        assertThat(members.lastIndexOf(" voorzitter ")).isLessThan(members.indexOf(" lid "));
        assertThat(members.lastIndexOf(" lid ")).isLessThan(members.indexOf(" secretariaat "));
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
