package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.methodetoets.demo.DemoReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The round's open data (issue 11), for a year driven through the API: the JSON holds what was submitted, scored and
 * decided; the CSV (strict RFC 4180) reads back to the same values, column by column, including titles and names with
 * commas, quotes, a line break and é, ë, ’; reviewer ids are there for the chair and the secretariat, and nobody else
 * gets the file.
 */
class RoundExportTest extends ApplicationTestBase {
    private static final int YEAR = 2054;
    private static final int YEAR_WITHOUT_ROUND = 2055;
    private static final int YEAR_NEVER_USED = 2056;
    private static final String BOM = "\uFEFF";
    private static final String ORGANISATION_NAME = "Gemeente ’s-Gravenhage, afdeling \"Wijken\"";

    @Autowired
    JdbcClient jdbc;

    /** What the test sent for one study, so the export can be checked against it. */
    record Sent(String id, String title, String studyType, String commissionedBy, List<String> reviewers,
                List<Map<String, Integer>> sheets) {
    }

    @Test
    void theExportHoldsTheRoundAndTheCsvReadsBackToTheJson() {
        Scenario people = new Scenario(port, admin()).organisations("ex-ministerie", "ex-uni-a", "ex-uni-b", "ex-uni-c");
        ApiClient.Response organisation = admin().post("/api/organisations",
                Map.of("id", "ex-gemeente", "name", ORGANISATION_NAME, "type", "GEMEENTE"));
        assertThat(organisation.status()).as(organisation.text()).isEqualTo(201);
        ApiClient submitter = people.user("ex-indiener", "ex-gemeente", "SUBMITTER");
        ApiClient secretariat = people.user("ex-secretaris", "ex-ministerie", "SECRETARIAT");
        ApiClient chair = people.user("ex-voorzitter", "ex-ministerie", "CHAIR");
        people.user("ex-r1", "ex-uni-a", "REVIEWER");
        people.user("ex-r2", "ex-uni-b", "REVIEWER");
        people.user("ex-r3", "ex-uni-c", "REVIEWER");

        List<Sent> sent = new ArrayList<>();
        sent.add(assess(people, submitter, secretariat, chair, "Effecten van \"Wijkaanpak\", fase 2; café ’t Hoekje en één evaluatie",
                "EFFECT", "ex-ministerie", sheet(4, 4, 4, 5, 4, 4, 4, 4), sheet(4, 4, 5, 5, 4, 4, 4, 5)));
        sent.add(assess(people, submitter, secretariat, chair, "Monitor leefbaarheid Transvaal", "MONITOR", null,
                sheet(null, null, 3, 3, 3, 4, 3, 3), sheet(null, null, 4, 3, 3, 3, 3, 4)));
        sent.add(assess(people, submitter, secretariat, chair, "Voorbeeldige studie met drie beoordelaars", "EFFECT", null,
                sheet(5, 5, 5, 5, 5, 5, 5, 5), sheet(5, 5, 5, 4, 5, 5, 5, 5), sheet(5, 5, 5, 5, 5, 5, 4, 5)));
        sent.add(assess(people, submitter, secretariat, chair, "=SOM(1;2) blijft tekst", "PROCESS", "ex-gemeente",
                sheet(2, 2, 2, 2, 2, 2, 2, 2), sheet(2, 2, 2, 2, 2, 2, 2, 2)));
        Sent legacy = assess(people, submitter, secretariat, chair, "Oude titel", "EFFECT", null,
                sheet(3, 3, 3, 3, 3, 3, 3, 3), sheet(3, 3, 3, 3, 3, 3, 3, 3));
        // titles are single-line since the input limits; one stored before then still has a line break
        String multiline = "Een titel van vóór de regels:\r\nregel twee, met \"aanhalingstekens\"\nen ë";
        jdbc.sql("update study set title = ? where id = ?").params(multiline, legacy.id()).update();
        sent.add(new Sent(legacy.id(), multiline, legacy.studyType(), null, legacy.reviewers(), legacy.sheets()));

        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", YEAR)).status()).isEqualTo(201);
        secretariat.awaitAdviceTask("DRAFT_ADVICE", YEAR); // the round has gathered its studies

        ApiClient.Response jsonFile = chair.get("/api/advice-rounds/" + YEAR + "/export?format=json");
        assertThat(jsonFile.status()).as(jsonFile.text()).isEqualTo(200);
        assertThat(jsonFile.headers().getContentType().toString()).startsWith("application/json");
        assertThat(jsonFile.headers().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(jsonFile.headers().getContentDisposition().getFilename()).isEqualTo("jaaradvies-" + YEAR + "-gegevens.json");
        JsonNode export = jsonFile.json();
        assertThat(fieldNames(export)).containsExactly("year", "rubricVersion", "criteria", "studies");
        assertThat(export.get("year").asInt()).isEqualTo(YEAR);
        assertThat(export.get("rubricVersion").asText()).isEqualTo("2012-1");
        List<String> criteria = new ArrayList<>();
        export.get("criteria").forEach(c -> criteria.add(c.asText()));
        assertThat(criteria).containsExactly("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8");
        assertThat(export.get("studies")).hasSize(sent.size());
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        export.get("studies").forEach(s -> byId.put(s.get("id").asText(), s));
        for (Sent study : sent) {
            assertStudy(byId.get(study.id()), study, secretariat.get("/api/studies/" + study.id()).json());
        }
        assertThat(secretariat.get("/api/advice-rounds/" + YEAR + "/export?format=json").text()).isEqualTo(jsonFile.text());

        ApiClient.Response csvFile = secretariat.get("/api/advice-rounds/" + YEAR + "/export?format=csv");
        assertThat(csvFile.status()).as(csvFile.text()).isEqualTo(200);
        assertThat(csvFile.headers().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csvFile.headers().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(csvFile.headers().getContentDisposition().getFilename()).isEqualTo("jaaradvies-" + YEAR + "-gegevens.csv");
        assertThat(Arrays.copyOf(csvFile.bytes(), 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String csv = csvFile.text();
        assertThat(csv).startsWith(BOM + "id,title,").contains("\"" + multiline.replace("\"", "\"\"") + "\"");
        assertCsvEqualsJson(StrictCsv.parse(csv.substring(1)), export);
        assertThat(chair.get("/api/advice-rounds/" + YEAR + "/export?format=CSV").text()).isEqualTo(csv);

        // the browser UI: links on the round's page for the chair and the secretariat; the same files in a session
        UiSession chairBrowser = UiSession.login(port, "ex-voorzitter", Scenario.PASSWORD);
        String page = chairBrowser.get("/advice/" + YEAR).body();
        assertThat(page).contains("Gegevens downloaden (CSV)").contains("Gegevens downloaden (JSON)")
                .contains("href=\"/advice/" + YEAR + "/export?format=csv\"").contains("href=\"/advice/" + YEAR + "/export?format=json\"");
        UiSession.Page download = chairBrowser.get("/advice/" + YEAR + "/export?format=csv");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(csv);
        assertThat(UiSession.login(port, "ex-secretaris", Scenario.PASSWORD).get("/advice/" + YEAR + "/export?format=json")
                .body()).isEqualTo(jsonFile.text());
        assertThat(chairBrowser.get("/advice/" + YEAR + "/export?format=xls").status()).isEqualTo(400);
        assertThat(chairBrowser.get("/advice/" + YEAR_WITHOUT_ROUND).body()).as("no round, nothing to download")
                .doesNotContain("Gegevens downloaden");
        UiSession adminBrowser = UiSession.login(port, "admin", ADMIN_PASSWORD);
        assertThat(adminBrowser.get("/advice/" + YEAR).body()).contains("Kalibratie").doesNotContain("Gegevens downloaden");
        assertThat(adminBrowser.get("/advice/" + YEAR + "/export?format=csv").status()).isEqualTo(403);

        // nobody else: the file names the reviewers
        String path = "/api/advice-rounds/" + YEAR + "/export?format=csv";
        assertThat(anonymous().get(path).status()).isEqualTo(401);
        for (ApiClient other : List.of(submitter, people.as("ex-r1"), admin())) {
            ApiClient.Response refused = other.get(path);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.headers().getContentType().toString()).isEqualTo("application/problem+json");
            assertThat(refused.text()).doesNotContain("ex-r1").doesNotContain("Wijkaanpak");
        }
    }

    @Test
    void anUnknownFormatOrYearIsAProblem() {
        ApiClient secretariat = new Scenario(port, admin()).organisations("ex-bureau")
                .user("ex-secretaris-2", "ex-bureau", "SECRETARIAT");
        ApiClient.Response unknown = secretariat.get("/api/advice-rounds/" + YEAR + "/export?format=xlsx");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.headers().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(unknown.json().get("detail").asText()).isEqualTo("Onbekend formaat: kies json of csv.");
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("format");
        assertThat(secretariat.get("/api/advice-rounds/" + YEAR + "/export?format=xml", "en").json().get("detail").asText())
                .isEqualTo("Unknown format: choose json or csv.");
        ApiClient.Response noRound = secretariat.get("/api/advice-rounds/" + YEAR_NEVER_USED + "/export?format=csv");
        assertThat(noRound.status()).isEqualTo(404);
        assertThat(noRound.headers().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(noRound.json().get("detail").asText()).contains(String.valueOf(YEAR_NEVER_USED));
    }

    /** One study of the JSON against what was sent, and the consolidated scores against the study's own assessment. */
    private static void assertStudy(JsonNode study, Sent sent, JsonNode studyApi) {
        assertThat(study).as("study " + sent.title()).isNotNull();
        assertThat(fieldNames(study)).containsExactly("id", "title", "organisation", "organisationName", "commissionedBy",
                "commissionedByName", "studyType", "year", "verdict", "exemplary", "provisional", "consolidated", "independent");
        assertThat(study.get("title").asText()).isEqualTo(sent.title());
        assertThat(study.get("organisation").asText()).isEqualTo("ex-gemeente");
        assertThat(study.get("organisationName").asText()).isEqualTo(ORGANISATION_NAME);
        if (sent.commissionedBy() == null) {
            assertThat(study.get("commissionedBy").isNull()).isTrue();
            assertThat(study.get("commissionedByName").isNull()).isTrue();
        } else {
            assertThat(study.get("commissionedBy").asText()).isEqualTo(sent.commissionedBy());
            assertThat(study.get("commissionedByName").asText())
                    .isEqualTo("ex-gemeente".equals(sent.commissionedBy()) ? ORGANISATION_NAME : "Organisatie " + sent.commissionedBy());
        }
        assertThat(study.get("studyType").asText()).isEqualTo(sent.studyType());
        assertThat(study.get("year").asInt()).isEqualTo(YEAR);
        JsonNode assessment = studyApi.get("assessment");
        assertThat(study.get("verdict").asInt()).isEqualTo(assessment.get("verdict").asInt());
        assertThat(study.get("exemplary").asBoolean()).isEqualTo(assessment.get("exemplary").asBoolean());
        assertThat(study.get("provisional").asBoolean()).isEqualTo(assessment.get("provisional").asBoolean());
        assertThat(study.get("consolidated")).isEqualTo(assessment.get("scores"));
        JsonNode independent = study.get("independent");
        assertThat(independent).hasSize(sent.reviewers().size());
        for (int r = 0; r < sent.reviewers().size(); r++) {
            assertThat(independent.get(r).get("reviewer").asText()).as("sent in this order").isEqualTo(sent.reviewers().get(r));
            for (int k = 1; k <= 8; k++) {
                Integer level = sent.sheets().get(r).get("K" + k);
                JsonNode value = independent.get(r).get("scores").get("K" + k);
                assertThat(value.isNull() ? null : value.asInt()).as(sent.title() + " R" + (r + 1) + " K" + k).isEqualTo(level);
            }
        }
    }

    /** Every row of the CSV against the JSON's study at the same position, column by column. */
    private static void assertCsvEqualsJson(List<List<String>> rows, JsonNode export) {
        List<String> header = rows.get(0);
        List<String> expectedHeader = new ArrayList<>(List.of("id", "title", "organisation", "organisationName",
                "commissionedBy", "commissionedByName", "studyType", "year", "verdict", "exemplary", "provisional"));
        export.get("criteria").forEach(c -> expectedHeader.add(c.asText()));
        for (int r = 1; r <= 3; r++) { // the study with three reviewers sets the number of reviewer columns
            expectedHeader.add("R" + r);
            for (JsonNode c : export.get("criteria")) {
                expectedHeader.add("R" + r + "_" + c.asText());
            }
        }
        assertThat(header).containsExactlyElementsOf(expectedHeader);
        assertThat(rows).hasSize(export.get("studies").size() + 1);
        for (int i = 0; i < export.get("studies").size(); i++) {
            JsonNode study = export.get("studies").get(i);
            List<String> row = rows.get(i + 1);
            for (int c = 0; c < header.size(); c++) {
                assertThat(row.get(c)).as("row " + (i + 1) + ", column " + header.get(c)).isEqualTo(expected(study, header.get(c)));
            }
        }
    }

    /** The JSON's value under a CSV column, as the CSV writes it: null → empty, numbers and booleans as text. */
    private static String expected(JsonNode study, String column) {
        JsonNode value;
        if (column.matches("R\\d+")) {
            int r = Integer.parseInt(column.substring(1)) - 1;
            value = r < study.get("independent").size() ? study.get("independent").get(r).get("reviewer") : null;
        } else if (column.matches("R\\d+_.+")) {
            int r = Integer.parseInt(column.substring(1, column.indexOf('_'))) - 1;
            value = r < study.get("independent").size()
                    ? study.get("independent").get(r).get("scores").get(column.substring(column.indexOf('_') + 1)) : null;
        } else if (study.has(column)) {
            value = study.get(column);
        } else {
            value = study.get("consolidated").get(column);
        }
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, Integer> sheet(Integer... levels) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int k = 0; k < levels.length; k++) {
            scores.put("K" + (k + 1), levels[k]);
        }
        return scores;
    }

    /**
     * Submits, moves the study to {@link #YEAR}, accepts, assigns ex-r1, ex-r2 (, ex-r3), scores in that order and
     * takes the computed verdict. A study's year may be at most next year, and this test's years (2054–2056) are
     * far beyond: the study is submitted in this year and at once moved to {@link #YEAR} in the database, so no other
     * test's year ever holds it.
     */
    @SafeVarargs
    private Sent assess(Scenario people, ApiClient submitter, ApiClient secretariat, ApiClient chair, String title,
                        String studyType, String commissionedBy, Map<String, Integer>... sheets) {
        Map<String, Object> metadata = Scenario.metadata(title, "ex-gemeente", Year.now().getValue(), studyType, "WONEN");
        metadata.put("commissionedBy", commissionedBy);
        List<String> reviewers = new ArrayList<>();
        for (int r = 1; r <= sheets.length; r++) {
            reviewers.add("ex-r" + r);
        }
        Scenario.Study study = Scenario.submit(submitter, metadata, DemoReports.pdf("Exportstudie", 1));
        assertThat(jdbc.sql("update study set study_year = ? where id = ?").params(YEAR, study.id()).update()).isEqualTo(1);
        study.acceptAndAssign(secretariat, reviewers);
        for (int r = 0; r < sheets.length; r++) {
            study.scores(people.as(reviewers.get(r)), sheets[r]);
        }
        study.takeComputedVerdict(chair);
        return new Sent(study.id(), title, studyType, commissionedBy, List.copyOf(reviewers), List.of(sheets));
    }
}
