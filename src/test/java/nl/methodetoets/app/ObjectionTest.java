package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.methodetoets.demo.DemoReports;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Objections through the API (issue 12): who may file one and when (409, 422, 404), the whole objection-review
 * process with its tasks, the advice approval it blocks, the amended verdict in the published advice with the
 * original kept, and statistics that ignore the re-review. Years 2007 and 2008, which no other test uses (a study's
 * year cannot lie beyond next year, so the 2060s reserved for this issue hold no studies).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectionTest extends ApplicationTestBase {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;

    private Scenario people;
    private ApiClient submitter;
    private ApiClient otherSubmitter;
    private ApiClient secretariat;
    private ApiClient chair;

    @BeforeAll
    void people() {
        people = new Scenario(port, admin()).organisations("bz-gemeente", "bz-andere", "bz-uni-a", "bz-uni-b", "bz-uni-c",
                "bz-bureau");
        submitter = people.user("bz-indiener", "bz-gemeente", "SUBMITTER");
        otherSubmitter = people.user("bz-andere-indiener", "bz-andere", "SUBMITTER");
        people.user("bz-r1", "bz-uni-a", "REVIEWER");
        people.user("bz-r2", "bz-uni-b", "REVIEWER");
        people.user("bz-r3", "bz-uni-c", "REVIEWER");
        people.user("bz-r-eigen", "bz-gemeente", "REVIEWER"); // the study's own organisation: a conflict of interest
        secretariat = people.user("bz-secretaris", "bz-bureau", "SECRETARIAT");
        chair = people.user("bz-voorzitter", "bz-bureau", "CHAIR");
    }

    @Test
    void aSubmitterObjectsOnceWithinThePeriodAndOnlyToTheirOwnAssessedStudy() {
        Scenario.Study study = assessed("Bezwaarstudie", 2008, 3);
        String path = "/api/studies/" + study.id() + "/objections";
        assertThat(submitter.get(path).json()).isEmpty();

        assertThat(otherSubmitter.post(path, Map.of("grounds", "Niet mijn studie.")).status()).isEqualTo(404);
        assertThat(otherSubmitter.get(path).status()).isEqualTo(404);
        assertThat(people.as("bz-r1").post(path, Map.of("grounds", "Ik beoordeelde haar.")).status()).isEqualTo(403);
        assertThat(people.as("bz-r1").get(path).status()).as("reviewers read grounds in their task only").isEqualTo(403);
        assertThat(secretariat.post(path, Map.of("grounds", "Namens de indiener.")).status()).isEqualTo(403);

        ApiClient.Response empty = submitter.post(path, Map.of("grounds", " "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("grounds");
        assertThat(submitter.post(path, Map.of("grounds", "x".repeat(10_001))).status()).isEqualTo(422);

        ApiClient.Response filed = submitter.post(path, Map.of("grounds", "K1 is te laag: er is wel een vergelijkingsgroep."));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        assertThat(filed.json().get("status").asText()).isEqualTo("FILED");
        assertThat(filed.json().get("originalVerdict").asInt()).isEqualTo(3);
        assertThat(filed.json().get("verdict").isNull()).isTrue();
        assertThat(filed.text()).doesNotContain("bz-indiener");
        JsonNode read = submitter.get("/api/studies/" + study.id()).json();
        assertThat(read.get("status").asText()).isEqualTo("IN_OBJECTION");
        assertThat(notes(read)).contains("Bezwaar ingediend");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ObjectionReview")
                .processInstanceBusinessKey(study.id()).count()).isEqualTo(1);

        ApiClient.Response second = submitter.post(path, Map.of("grounds", "Nog een bezwaar."));
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(submitter.get(path).json()).hasSize(1);
    }

    @Test
    void noObjectionBeforeTheVerdictOrAfterThePeriod() {
        Scenario.Study inReview = Scenario.submit(submitter, Scenario.metadata("Nog in beoordeling", "bz-gemeente", 2008,
                "EFFECT", "WONEN"), DemoReports.pdf("Nog in beoordeling", 2)).acceptAndAssign(secretariat, List.of("bz-r1", "bz-r2"));
        ApiClient.Response early = submitter.post("/api/studies/" + inReview.id() + "/objections", Map.of("grounds", "Te vroeg."));
        assertThat(early.status()).as(early.text()).isEqualTo(409);

        Scenario.Study late = assessed("Te late bezwaarstudie", 2008, 4);
        // the verdict was fixed seven weeks ago: the six weeks have passed
        jdbc.sql("update study_event set at = ? where study_id = ? and kind = 'ASSESSED'")
                .params(OffsetDateTime.now().minusWeeks(7), late.id()).update();
        ApiClient.Response tooLate = submitter.post("/api/studies/" + late.id() + "/objections", Map.of("grounds", "Te laat."));
        assertThat(tooLate.status()).as(tooLate.text()).isEqualTo(422);
        assertThat(tooLate.json().get("detail").asText()).contains("bezwaartermijn is verstreken");
        assertThat(submitter.get("/api/studies/" + late.id()).json().get("status").asText()).isEqualTo("ASSESSED");
    }

    @Test
    void anAttachmentIsCheckedLikeAReportAndServedToTheSubmitterAsUploaded() {
        Scenario.Study study = assessed("Bezwaar met bijlage", 2008, 3);
        ApiClient.Response notPdf = submitter.objection(study.id(), Map.of("grounds", "Zie bijlage."), TestPdfs.png());
        assertThat(notPdf.status()).as(notPdf.text()).isEqualTo(400);
        assertThat(notPdf.json().get("errors").get(0).get("field").asText()).isEqualTo("attachment");

        byte[] pdf = DemoReports.pdf("Onderbouwing van het bezwaar", 2);
        ApiClient.Response filed = submitter.objection(study.id(), Map.of("grounds", "Zie bijlage."), pdf);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        assertThat(filed.json().get("attachment").get("pages").asInt()).isEqualTo(2);
        String attachment = "/api/studies/" + study.id() + "/objections/" + filed.json().get("id").asText() + "/attachment";
        ApiClient.Response download = submitter.get(attachment);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(pdf);
        assertThat(download.headers().getFirst("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(otherSubmitter.get(attachment).status()).isEqualTo(404);
        assertThat(people.as("bz-r1").get(attachment).status()).isEqualTo(403);
    }

    /** A study of bz-gemeente scored {@code level} on every criterion by two reviewers, with the computed verdict. */
    private Scenario.Study assessed(String title, int year, int level) {
        Scenario.Study study = Scenario.submit(submitter, Scenario.metadata(title, "bz-gemeente", year, "EFFECT", "WONEN"),
                DemoReports.pdf(title, 3)).acceptAndAssign(secretariat, List.of("bz-r1", "bz-r2"))
                .scores(people.as("bz-r1"), Scenario.uniform(level)).scores(people.as("bz-r2"), Scenario.uniform(level));
        study.takeComputedVerdict(chair);
        return study;
    }

    private static List<String> notes(JsonNode study) {
        List<String> notes = new ArrayList<>();
        study.get("timeline").forEach(e -> notes.add(e.path("note").asText()));
        return notes;
    }
}
