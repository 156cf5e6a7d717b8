package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.testing.Await;
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
                "bz-uni-d", "bz-bureau");
        submitter = people.user("bz-indiener", "bz-gemeente", "SUBMITTER");
        otherSubmitter = people.user("bz-andere-indiener", "bz-andere", "SUBMITTER");
        people.user("bz-r1", "bz-uni-a", "REVIEWER");
        people.user("bz-r2", "bz-uni-b", "REVIEWER");
        people.user("bz-r3", "bz-uni-c", "REVIEWER");
        people.user("bz-r4", "bz-uni-d", "REVIEWER");
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

    @Test
    void anInadmissibleObjectionEndsWithTheSecretariatsRemarksAndTheVerdictStands() {
        Scenario.Study study = assessed("Niet-ontvankelijk bezwaar", 2008, 3);
        file(study, "Ik ben het er gewoon niet mee eens.");
        JsonNode task = secretariat.awaitTask("ASSESS_OBJECTION", study.id());
        JsonNode details = secretariat.get("/api/tasks/" + task.get("id").asText()).json();
        assertThat(details.get("grounds").asText()).isEqualTo("Ik ben het er gewoon niet mee eens.");
        assertThat(secretariat.get("/tasks/" + task.get("id").asText()).text()).contains("name=\"admissible\"");

        Scenario.complete(secretariat, task, Map.of("admissible", false), 422);
        Scenario.complete(secretariat, task, Map.of("admissible", false, "remarks", "Er staan geen gronden in."), 204);

        JsonNode read = submitter.get("/api/studies/" + study.id()).json();
        assertThat(read.get("status").asText()).isEqualTo("ASSESSED");
        assertThat(read.get("assessment").get("verdict").asInt()).isEqualTo(3);
        assertThat(read.get("assessment").get("objection").get("status").asText()).isEqualTo("INADMISSIBLE");
        assertThat(notes(read)).contains("Bezwaar niet ontvankelijk: Er staan geen gronden in.");
        JsonNode objection = submitter.get("/api/studies/" + study.id() + "/objections").json().get(0);
        assertThat(objection.get("status").asText()).isEqualTo("INADMISSIBLE");
        assertThat(objection.get("remarks").asText()).isEqualTo("Er staan geen gronden in.");
        assertThat(objection.get("verdict").asInt()).isEqualTo(3);
        assertThat(objection.get("decided").isNull()).isFalse();
        assertThat(admin().get("/admin/outbox").text()).as("the submitter is mailed the outcome")
                .contains("Besluit op uw bezwaar: Niet-ontvankelijk bezwaar").contains("Er staan geen gronden in.");
    }

    @Test
    void theStudyPageOffersTheObjectionFormAndShowsTheObjection() {
        Scenario.Study study = assessed("Bezwaar via de pagina", 2008, 3);
        String path = "/studies/" + study.id();
        UiSession page = UiSession.login(port, "bz-indiener", Scenario.PASSWORD);
        String html = page.get(path).body();
        assertThat(html).contains("action=\"" + path + "/objections\"").contains("name=\"grounds\"");

        UiSession.Page refused = page.postMultipart(path + "/objections", List.of(Map.entry("_csrf", UiSession.hidden(html, "_csrf")),
                Map.entry("grounds", "Zie de bijlage.")), "attachment", TestPdfs.png());
        assertThat(refused.location()).endsWith(path + "#objection");
        html = page.get(path).body();
        assertThat(html).contains("id=\"error-attachment\"").contains("Zie de bijlage.");

        UiSession.Page filed = page.postMultipart(path + "/objections", List.of(Map.entry("_csrf", UiSession.hidden(html, "_csrf")),
                Map.entry("grounds", "Zie de bijlage.")), "attachment", DemoReports.pdf("Bijlage via de pagina", 1));
        assertThat(filed.location()).endsWith(path + "?objected");
        html = page.get(path + "?objected").body();
        assertThat(html).contains("Uw bezwaar is ontvangen").contains("In bezwaar")
                .contains("href=\"" + path + "/objections/").doesNotContain("action=\"" + path + "/objections\"");
        assertThat(UiSession.login(port, "bz-r1", Scenario.PASSWORD).get(path).body()).as("reviewers see no objections")
                .doesNotContain("Zie de bijlage.");
    }

    @Test
    void aRejectedObjectionKeepsTheVerdictAndNeedsAMotivation() {
        Scenario.Study study = assessed("Ongegrond bezwaar", 2008, 3);
        file(study, "De score op K6 is te streng.");
        admissible(study);
        Scenario.complete(secretariat, secretariat.awaitTask("ASSIGN_OBJECTION_REVIEWER", study.id()),
                Map.of("reviewers", List.of("bz-r3")), 204);
        study.scores(people.as("bz-r3"), Scenario.uniform(3));
        JsonNode decide = chair.awaitTask("DECIDE_OBJECTION", study.id());

        Scenario.complete(chair, decide, Map.of("upheld", false), 422);
        Scenario.complete(chair, decide, Map.of("upheld", false, "verdict", 4, "motivation", "Tegenstrijdig."), 422);
        Scenario.complete(chair, decide, Map.of("upheld", false, "motivation", "De herbeoordeling bevestigt de 3."), 204);

        JsonNode read = submitter.get("/api/studies/" + study.id()).json();
        assertThat(read.get("status").asText()).isEqualTo("ASSESSED");
        assertThat(read.get("assessment").get("verdict").asInt()).isEqualTo(3);
        JsonNode outcome = read.get("assessment").get("objection");
        assertThat(outcome.get("status").asText()).isEqualTo("REJECTED");
        assertThat(outcome.get("originalVerdict").asInt()).isEqualTo(3);
        assertThat(outcome.get("verdict").asInt()).isEqualTo(3);
        assertThat(notes(read)).contains("Bezwaar ontvankelijk verklaard", "Onafhankelijke herbeoordelaar toegewezen",
                "Herbeoordeling ontvangen", "Bezwaar ongegrond");
        assertThat(read.toString()).as("no field the server generates names the re-reviewer or the objector")
                .doesNotContain("bz-r3").doesNotContain("bz-indiener");
        // a new objection may follow the decided one, within the period
        assertThat(submitter.post("/api/studies/" + study.id() + "/objections", Map.of("grounds", "Opnieuw.")).status())
                .isEqualTo(201);
    }

    /**
     * One objection from filing to the published advice (2007): the approval waits for it (409), the re-reviewer is
     * blind, a conflict sends it back to assignment, the chair upholds it with a new verdict, the advice shows the
     * amended verdict, the study keeps the original, and the agreement statistics do not change.
     */
    @Test
    void anUpheldObjectionAmendsTheVerdictInThePublishedAdviceAndLeavesTheAgreementAlone() throws Exception {
        Scenario.Study objected = assessed("Bezwaar 2007", 2007, 3);
        Scenario.Study other = assessed("Zonder bezwaar 2007", 2007, 4);
        JsonNode before = secretariat.get("/api/advice-rounds/2007/statistics").json();
        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", 2007)).status()).isEqualTo(201);
        JsonNode draft = secretariat.awaitAdviceTask("DRAFT_ADVICE", 2007);
        file(objected, "K1 verdient een 5: er is gerandomiseerd.");
        Scenario.complete(secretariat, draft, Map.of("conclusions", "Conclusies."), 204);
        JsonNode approve = chair.awaitAdviceTask("APPROVE_ADVICE", 2007);
        String draftText = FullYearScenario.text(chair.get("/api/advice-rounds/2007/document").bytes());
        assertThat(row(draftText)).as("the draft lists it under objection").contains("3 (voldoende) — in bezwaar");

        JsonNode round = chair.get("/api/advice-rounds/2007").json();
        assertThat(round.get("underObjection").get(0).asText()).isEqualTo(objected.id());
        assertThat(chair.get("/tasks/" + approve.get("id").asText()).text()).contains("Bezwaar 2007");
        ApiClient.Response blocked = chair.post("/api/tasks/" + approve.get("id").asText() + "/complete", Map.of("approved", true));
        assertThat(blocked.status()).as(blocked.text()).isEqualTo(409);
        assertThat(blocked.json().get("detail").asText()).contains("Bezwaar 2007");

        admissible(objected);
        JsonNode assign = secretariat.awaitTask("ASSIGN_OBJECTION_REVIEWER", objected.id());
        JsonNode proposal = secretariat.get("/api/tasks/" + assign.get("id").asText()).json();
        assertThat(proposal.get("proposal").size()).isEqualTo(1);
        assertThat(exclusion(proposal, proposal.get("proposal").get(0).asText())).as("the proposed member may re-review").isNull();
        assertThat(exclusion(proposal, "bz-r1")).isEqualTo("REVIEWED_STUDY");
        assertThat(exclusion(proposal, "bz-r2")).isEqualTo("REVIEWED_STUDY");
        assertThat(exclusion(proposal, "bz-r-eigen")).isEqualTo("SAME_ORGANISATION");
        assertThat(exclusion(proposal, "bz-r3")).isNull();
        Scenario.complete(secretariat, assign, Map.of("reviewers", List.of("bz-r1")), 422);
        Scenario.complete(secretariat, assign, Map.of("reviewers", List.of("bz-r-eigen")), 422);
        Scenario.complete(secretariat, assign, Map.of("reviewers", List.of("bz-r3", "bz-r4")), 422);
        assertThat(secretariat.get("/tasks/" + assign.get("id").asText()).text()).contains("type=\"radio\" name=\"reviewers\"");
        Scenario.complete(secretariat, assign, Map.of("reviewers", List.of("bz-r3")), 204);

        // the re-reviewer sees the grounds, the report and nothing of the earlier scores or the verdict
        ApiClient r3 = people.as("bz-r3");
        JsonNode rescore = r3.awaitTask("SCORE", objected.id());
        JsonNode task = r3.get("/api/tasks/" + rescore.get("id").asText()).json();
        assertThat(task.get("objection").asBoolean()).isTrue();
        assertThat(task.get("grounds").asText()).isEqualTo("K1 verdient een 5: er is gerandomiseerd.");
        assertThat(task.toString()).doesNotContain("erdict");
        JsonNode seen = r3.get("/api/studies/" + objected.id()).json();
        assertThat(seen.get("assessment").isNull()).as("blind to the verdict").isTrue();
        assertThat(r3.get("/api/studies/" + objected.id() + "/report").status()).isEqualTo(200);
        assertThat(r3.get("/tasks/" + rescore.get("id").asText()).text()).contains("K1 verdient een 5");
        Scenario.complete(r3, rescore, Map.of("conflictOfInterest", true, "reason", "Ik adviseerde de gemeente."), 204);

        JsonNode again = secretariat.awaitTask("ASSIGN_OBJECTION_REVIEWER", objected.id());
        JsonNode secondProposal = secretariat.get("/api/tasks/" + again.get("id").asText()).json();
        assertThat(exclusion(secondProposal, "bz-r3")).isEqualTo("DECLARED_CONFLICT");
        assertThat(exclusion(secondProposal, "bz-r4")).isNull();
        Scenario.complete(secretariat, again, Map.of("reviewers", List.of("bz-r4")), 204);
        objected.scores(people.as("bz-r4"), Scenario.sheet(5, 4, 4, 4, 4, 4, 4, 4));

        JsonNode decide = chair.awaitTask("DECIDE_OBJECTION", objected.id());
        JsonNode facts = chair.get("/api/tasks/" + decide.get("id").asText()).json();
        assertThat(facts.get("verdict").asInt()).isEqualTo(3);
        assertThat(facts.get("computedVerdict").asInt()).isEqualTo(4);
        assertThat(facts.get("reReview").get("K1").asInt()).isEqualTo(5);
        assertThat(facts.get("independent").size()).isEqualTo(2);
        assertThat(facts.get("independent").has("bz-r4")).isFalse();
        assertThat(facts.get("consolidated").get("K1").asInt()).isEqualTo(3);
        assertThat(chair.get("/tasks/" + decide.get("id").asText()).text()).contains("name=\"upheld\"");
        Scenario.complete(chair, decide, Map.of("upheld", true, "verdict", 3, "exemplary", false, "motivation", "x"), 422);
        Scenario.complete(chair, decide, Map.of("upheld", true, "verdict", 4, "exemplary", false), 422);
        Scenario.complete(chair, decide, Map.of("upheld", true, "verdict", 4, "exemplary", false,
                "motivation", "De herbeoordeling toont een sterkere opzet."), 204);

        JsonNode amended = submitter.get("/api/studies/" + objected.id()).json();
        assertThat(amended.get("status").asText()).isEqualTo("ASSESSED");
        assertThat(amended.get("assessment").get("verdict").asInt()).isEqualTo(4);
        JsonNode outcome = amended.get("assessment").get("objection");
        assertThat(outcome.get("status").asText()).isEqualTo("UPHELD");
        assertThat(outcome.get("originalVerdict").asInt()).isEqualTo(3);
        assertThat(outcome.get("verdict").asInt()).isEqualTo(4);
        assertThat(notes(amended)).containsSubsequence("Eindoordeel vastgesteld", "Bezwaar ingediend", "Bezwaar gegrond: nieuw eindoordeel");
        JsonNode after = secretariat.get("/api/advice-rounds/2007/statistics").json();
        assertThat(after.get("criteria")).as("agreement from the independent scores only").isEqualTo(before.get("criteria"));
        assertThat(after.get("icc")).isEqualTo(before.get("icc"));
        assertThat(after.get("verdicts").get("3").asInt()).as("the final verdicts").isZero();
        assertThat(after.get("verdicts").get("4").asInt()).isEqualTo(2);
        assertThat(admin().get("/admin/outbox").text()).contains("Het nieuwe eindoordeel is 4 (goed); het was 3.");

        Scenario.complete(chair, approve, Map.of("approved", true), 204);
        Await.value(java.time.Duration.ofSeconds(60), "the advice 2007 to be published", () -> {
            JsonNode r = chair.get("/api/advice-rounds/2007").json();
            return "PUBLISHED".equals(r.get("status").asText()) ? java.util.Optional.of(r) : java.util.Optional.empty();
        });
        String advice = FullYearScenario.text(submitter.get("/api/advice-rounds/2007/document").bytes());
        assertThat(row(advice)).contains("4 (goed)").doesNotContain("voldoende");
        assertThat(advice).doesNotContain("in bezwaar");
        ApiClient.Response late = submitter.post("/api/studies/" + other.id() + "/objections", Map.of("grounds", "Na de goedkeuring."));
        assertThat(late.status()).as(late.text()).isEqualTo(422);
        assertThat(late.json().get("detail").asText()).contains("2007 is al goedgekeurd");
    }

    /** The objected study's row in the advice's list of all studies (sorted by title: the other study is next). */
    private static String row(String adviceText) {
        int start = adviceText.lastIndexOf("Bezwaar 2007");
        int end = adviceText.indexOf("Zonder bezwaar 2007", start);
        return adviceText.substring(start, end < 0 ? adviceText.length() : end).replaceAll("\\s+", " ");
    }

    private void file(Scenario.Study study, String grounds) {
        ApiClient.Response filed = submitter.post("/api/studies/" + study.id() + "/objections", Map.of("grounds", grounds));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    }

    private void admissible(Scenario.Study study) {
        Scenario.complete(secretariat, secretariat.awaitTask("ASSESS_OBJECTION", study.id()), Map.of("admissible", true), 204);
    }

    private static String exclusion(JsonNode proposal, String reviewer) {
        for (JsonNode candidate : proposal.get("candidates")) {
            if (candidate.get("id").asText().equals(reviewer)) {
                return candidate.get("excludedBecause").isNull() ? null : candidate.get("excludedBecause").asText();
            }
        }
        throw new AssertionError("no candidate " + reviewer);
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
