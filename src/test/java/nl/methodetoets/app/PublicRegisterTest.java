package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public register (issue 11) as someone without an account sees it: a year driven to PUBLISHED through the API
 * (2057: an exemplary study whose submitter consented to publishing the report, one whose reviewers' independent
 * scores both differ from the consolidated ones, one without consent), a year whose round waits for approval of its
 * draft (2058) and a year without a round (2059). Everything is read with an HTTP client that has no credentials and
 * keeps no cookies. (The studies are moved to these future years in the database: see {@link #submit}.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRegisterTest extends ApplicationTestBase {
    private static final int YEAR = 2057;
    private static final int UNPUBLISHED = 2058;
    private static final int NO_ROUND = 2059;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every field name the public JSON may carry (API.md "Public register"), and the criterion codes. */
    private static final Set<String> PUBLIC_FIELDS = Set.of("year", "published", "document", "sha256", "conclusions",
            "recommendations", "exemplary", "studies", "id", "title", "organisation", "commissionedBy", "studyType",
            "verdict", "provisional", "scores", "report", "motivation", "K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8");
    private static final int[] R1_SHEET = {4, 3, 4, 3, 4, 3, 4, 3};
    private static final int[] R2_SHEET = {3, 4, 3, 4, 3, 4, 3, 4};
    /** What reviewers, the chair and drafts wrote: none of it is public. */
    private static final List<String> SECRETS = List.of("GEHEIM-COMMENTAAR-BEOORDELAAR", "GEHEIME-SAMENVATTING-BEOORDELAAR",
            "GEHEIME-OPMERKING-VOORZITTER", "CONCEPTTEKST-EERSTE-VERSIE", "MOTIVERING-GEEN-VOORBEELD");

    @Autowired
    JdbcClient jdbc;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Scenario people;
    private ApiClient submitter;
    private ApiClient secretariat;
    private ApiClient chair;
    /** Reviewer ids, names and e-mail addresses of the rounds' reviewers. */
    private final List<String> reviewerIdentities = new ArrayList<>();
    private String exemplary;
    private String divergent;
    private String withoutConsent;
    private String unpublishedStudy;

    @BeforeAll
    void aPublishedYearAndAnUnpublishedOne() {
        people = new Scenario(port, admin()).organisations("reg-gemeente", "reg-ministerie", "reg-uni-a", "reg-uni-b");
        submitter = people.user("reg-indiener", "reg-gemeente", "SUBMITTER");
        secretariat = people.user("reg-secretaris", "reg-ministerie", "SECRETARIAT");
        chair = people.user("reg-voorzitter", "reg-ministerie", "CHAIR");
        reviewer("reg-r1", "Annelies Vondeling", "annelies.vondeling@reg.example", "reg-uni-a");
        reviewer("reg-r2", "Bartholomeus Kwakernaat", "b.kwakernaat@reg.example", "reg-uni-b");

        exemplary = submit("Register: voorbeeldige verschil-in-verschillenstudie", YEAR, true);
        review(exemplary, uniform(5), uniform(5));
        verdict(exemplary, 5, true, "Voorbeeldig: vergelijkingswijken en een vooraf vastgelegde analyse.");

        divergent = submit("Register: studie met uiteenlopende beoordelaars", YEAR, false);
        review(divergent, R1_SHEET, R2_SHEET);
        verdict(divergent, 3, false, null);

        withoutConsent = submit("Register: studie zonder toestemming", YEAR, false);
        review(withoutConsent, uniform(3), uniform(3));
        verdict(withoutConsent, 3, false, "MOTIVERING-GEEN-VOORBEELD");

        startAndDraft(YEAR, "CONCEPTTEKST-EERSTE-VERSIE");
        Scenario.complete(chair, chair.awaitAdviceTask("APPROVE_ADVICE", YEAR),
                Map.of("approved", false, "remarks", "GEHEIME-OPMERKING-VOORZITTER"), 204);
        Scenario.complete(secretariat, secretariat.awaitAdviceTask("DRAFT_ADVICE", YEAR), Map.of(
                "conclusions", "De kwaliteit is verbeterd.\n\nVergelijkingswijken worden vaker gebruikt.",
                "recommendations", "Leg de analyse vooraf vast."), 204);
        Scenario.complete(chair, chair.awaitAdviceTask("APPROVE_ADVICE", YEAR), Map.of("approved", true), 204);
        Await.until(Duration.ofSeconds(60), "the round " + YEAR + " to be published", () ->
                "PUBLISHED".equals(secretariat.get("/api/advice-rounds/" + YEAR).json().path("status").asText()));

        // the next year: a consenting study and a round whose draft waits for the chair
        unpublishedStudy = submit("Register: studie van een ongepubliceerd jaar", UNPUBLISHED, true);
        review(unpublishedStudy, uniform(4), uniform(4));
        Scenario.study(unpublishedStudy).takeComputedVerdict(chair);
        startAndDraft(UNPUBLISHED, "CONCEPTTEKST-EERSTE-VERSIE");
        chair.awaitAdviceTask("APPROVE_ADVICE", UNPUBLISHED);
        assertThat(chair.get("/api/advice-rounds/" + UNPUBLISHED + "/document").status()).as("a draft exists").isEqualTo(200);
    }

    @Test
    void publishedRoundsAreListedWithTheArchivedDocumentsHash() throws Exception {
        Answer list = get("/api/public/advice-rounds");
        assertThat(list.status()).isEqualTo(200);
        JsonNode round = null;
        for (JsonNode r : list.json()) {
            assertThat(r.get("year").asInt()).as("only published years").isNotIn(UNPUBLISHED, NO_ROUND);
            if (r.get("year").asInt() == YEAR) {
                round = r;
            }
        }
        assertThat(round).as("the published year is listed").isNotNull();
        assertThat(round.get("document").asText()).isEqualTo("/api/public/advice-rounds/" + YEAR + "/document");
        assertThat(round.get("published").asText()).isNotBlank();

        Answer document = get(round.get("document").asText());
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type")).startsWith("application/pdf");
        ApiClient.Response archived = secretariat.get("/api/advice-rounds/" + YEAR + "/document");
        assertThat(document.body()).as("byte-identical to the archived final").isEqualTo(archived.bytes());
        assertThat(sha256(document.body())).isEqualTo(round.get("sha256").asText());
        assertThat(document.header("ETag")).isEqualTo("\"" + round.get("sha256").asText() + "\"");
        assertThat(FullYearScenario.text(document.body())).doesNotContain("CONCEPT");
    }

    @Test
    void theRoundShowsExactlyThePublicFieldsAndOnlyConsolidatedScores() {
        Answer answer = get("/api/public/advice-rounds/" + YEAR);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode round = answer.json();
        assertThat(fieldNames(round)).as("no field beyond API.md's").isSubsetOf(PUBLIC_FIELDS);
        assertThat(round.get("conclusions").asText()).startsWith("De kwaliteit is verbeterd.");
        assertThat(round.get("recommendations").asText()).isEqualTo("Leg de analyse vooraf vast.");
        assertThat(round.get("studies")).hasSize(3);
        assertThat(round.get("exemplary")).hasSize(1);
        JsonNode example = round.get("exemplary").get(0);
        assertThat(example.get("id").asText()).isEqualTo(exemplary);
        assertThat(example.get("motivation").asText()).startsWith("Voorbeeldig: vergelijkingswijken");
        assertThat(example.get("verdict").asInt()).isEqualTo(5);

        Map<String, JsonNode> studies = new HashMap<>();
        round.get("studies").forEach(s -> studies.put(s.get("id").asText(), s));
        assertThat(studies.keySet()).containsExactlyInAnyOrder(exemplary, divergent, withoutConsent);
        JsonNode scored = studies.get(divergent);
        assertThat(scored.get("organisation").asText()).isEqualTo("reg-gemeente");
        assertThat(scored.get("studyType").asText()).isEqualTo("EFFECT");
        assertThat(scored.get("exemplary").asBoolean()).isFalse();
        assertThat(scored.has("motivation")).as("a study that is not exemplary has no public motivation").isFalse();
        Map<String, Integer> consolidated = new LinkedHashMap<>();
        scored.get("scores").fields().forEachRemaining(e -> consolidated.put(e.getKey(), e.getValue().asInt()));
        Map<String, Integer> lower = new LinkedHashMap<>();
        for (int k = 0; k < 8; k++) {
            lower.put("K" + (k + 1), Math.min(R1_SHEET[k], R2_SHEET[k]));
        }
        assertThat(consolidated).as("the consolidated scores (the lower of two)").isEqualTo(lower)
                .isNotEqualTo(sheet(R1_SHEET)).isNotEqualTo(sheet(R2_SHEET));
        assertThat(consolidated.values()).as("no reviewer's independent 4 appears").doesNotContain(4);
        assertThat(studies.get(exemplary).get("report").asText()).isEqualTo("/api/public/studies/" + exemplary + "/report");
        assertThat(studies.get(divergent).get("report").isNull()).isTrue();
    }

    @Test
    void noPublicAnswerNamesAReviewerOrCarriesWhatWasWrittenInside() {
        List<String> paths = new ArrayList<>(List.of("/api/public/advice-rounds", "/api/public/advice-rounds/" + YEAR,
                "/openbaar", "/openbaar/" + YEAR, "/openbaar/feed", "/openbaar?lang=en", "/openbaar/" + YEAR + "?lang=en"));
        for (String id : List.of(exemplary, divergent, withoutConsent)) {
            paths.add("/openbaar/" + YEAR + "/studies/" + id);
        }
        for (String path : paths) {
            Answer answer = get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            for (String forbidden : reviewerIdentities) {
                assertThat(answer.text()).as(path + " names a reviewer").doesNotContainIgnoringCase(forbidden);
            }
            for (String secret : SECRETS) {
                assertThat(answer.text()).as(path + " shows what is internal").doesNotContain(secret);
            }
        }
        // the divergent study's page and its row of the year's table show the consolidated 3s, never a reviewer's 4
        String page = get("/openbaar/" + YEAR + "/studies/" + divergent).text();
        assertThat(page).contains("Register: studie met uiteenlopende beoordelaars").doesNotContain(">4<");
        assertThat(scoreCells(page)).containsExactly("3", "3", "3", "3", "3", "3", "3", "3");
        String yearPage = get("/openbaar/" + YEAR).text();
        String row = yearPage.substring(yearPage.indexOf("id=\"study-" + divergent + "\""));
        assertThat(scoreCells(row.substring(0, row.indexOf("</tr>")))).containsExactly("3", "3", "3", "3", "3", "3", "3", "3");
        String exemplaryRow = yearPage.substring(yearPage.indexOf("id=\"study-" + exemplary + "\""));
        assertThat(scoreCells(exemplaryRow.substring(0, exemplaryRow.indexOf("</tr>")))).containsOnly("5").hasSize(8);
    }

    @Test
    void unpublishedAndUnknownYearsAreNotFoundAlike() {
        for (int year : List.of(UNPUBLISHED, NO_ROUND)) {
            for (String path : List.of("/api/public/advice-rounds/" + year, "/api/public/advice-rounds/" + year + "/document",
                    "/openbaar/" + year, "/openbaar/" + year + "/studies/" + unpublishedStudy)) {
                Answer answer = get(path);
                assertThat(answer.status()).as(path).isEqualTo(404);
                assertThat(answer.header("Cache-Control")).as(path).isEqualTo("no-store");
                assertThat(answer.text()).as(path).doesNotContain("CONCEPTTEKST").doesNotContain("%PDF");
            }
        }
        // the same problem for a round waiting for approval as for no round at all: nothing tells them apart
        String waiting = get("/api/public/advice-rounds/" + UNPUBLISHED).json().get("detail").asText();
        String none = get("/api/public/advice-rounds/" + NO_ROUND).json().get("detail").asText();
        assertThat(waiting.replace(String.valueOf(UNPUBLISHED), "Y")).isEqualTo(none.replace(String.valueOf(NO_ROUND), "Y"));
        assertThat(get("/api/public/advice-rounds/" + UNPUBLISHED + "/document").header("Content-Type"))
                .startsWith("application/problem+json");
        assertThat(get("/openbaar/" + UNPUBLISHED).header("Content-Type")).startsWith("text/html");
        // a study of the published year under another year's URL is not found either
        assertThat(get("/openbaar/" + UNPUBLISHED + "/studies/" + exemplary).status()).isEqualTo(404);
        assertThat(get("/openbaar/" + YEAR + "/studies/" + unpublishedStudy).status()).isEqualTo(404);
        assertThat(get("/openbaar").text()).doesNotContain("/openbaar/" + UNPUBLISHED);
    }

    @Test
    void aReportIsPublicOnlyWithTheSubmittersConsent() throws Exception {
        String consented = "/api/public/studies/" + exemplary + "/report";
        Answer report = get(consented);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).as("byte-identical to the stored report").isEqualTo(submitter.get("/api/studies/" + exemplary + "/report").bytes());
        assertThat(report.header("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(report.header("Content-Disposition")).startsWith("attachment");
        assertThat(report.header("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(report.header("ETag")).isEqualTo("\"" + sha256(report.body()) + "\"");

        String path = "/api/public/studies/" + withoutConsent + "/report";
        assertThat(get(path).status()).as("no consent").isEqualTo(404);
        assertThat(get("/api/public/studies/" + unpublishedStudy + "/report").status()).as("consent, not published").isEqualTo(404);
        assertThat(get("/api/public/studies/bestaat-niet/report").status()).isEqualTo(404);
        assertThat(submitter.get("/api/studies/" + withoutConsent).json().get("publicReport").asBoolean()).isFalse();

        // consent given on the study page, in the browser
        UiSession browser = UiSession.login(port, "reg-indiener", Scenario.PASSWORD);
        String studyPage = browser.get("/studies/" + withoutConsent).body();
        assertThat(studyPage).contains("name=\"publicReport\"");
        UiSession.Page saved = browser.postForm("/studies/" + withoutConsent + "/public-report",
                UiSession.fields("_csrf", UiSession.hidden(studyPage, "_csrf"), "publicReport", "true"));
        assertThat(saved.status()).isEqualTo(302);
        JsonNode study = submitter.get("/api/studies/" + withoutConsent).json();
        assertThat(study.get("publicReport").asBoolean()).isTrue();
        JsonNode last = study.get("timeline").get(study.get("timeline").size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("PUBLIC_REPORT_ALLOWED");
        assertThat(last.get("status").asText()).as("the study stays published").isEqualTo("PUBLISHED");
        Answer nowPublic = get(path);
        assertThat(nowPublic.status()).isEqualTo(200);
        assertThat(nowPublic.body()).isEqualTo(submitter.get("/api/studies/" + withoutConsent + "/report").bytes());
        assertThat(reportOf(withoutConsent)).isEqualTo(path);
        assertThat(get("/openbaar/" + YEAR).text()).contains("href=\"" + path + "\"");

        // withdrawn through the API: out of the register at once, also for a cache that revalidates with its ETag
        ApiClient.Response withdrawn = submitter.put("/api/studies/" + withoutConsent + "/public-report",
                Map.of("publicReport", false));
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(withdrawn.json().get("publicReport").asBoolean()).isFalse();
        assertThat(get(path, "If-None-Match", nowPublic.header("ETag")).status()).isEqualTo(404);
        assertThat(get(path).status()).isEqualTo(404);
        assertThat(reportOf(withoutConsent)).isNull();
        JsonNode timeline = submitter.get("/api/studies/" + withoutConsent).json().get("timeline");
        assertThat(timeline.get(timeline.size() - 1).get("kind").asText()).isEqualTo("PUBLIC_REPORT_WITHDRAWN");
        // the same value again changes nothing; the body must say what
        assertThat(submitter.put("/api/studies/" + withoutConsent + "/public-report", Map.of("publicReport", false))
                .json().get("timeline")).hasSize(timeline.size());
        assertThat(submitter.put("/api/studies/" + withoutConsent + "/public-report", Map.of()).status()).isEqualTo(422);
        assertThat(people.as("reg-r1").put("/api/studies/" + withoutConsent + "/public-report",
                Map.of("publicReport", true)).status()).isEqualTo(403);
    }

    @Test
    void theSubmissionFormCarriesTheConsent() {
        UiSession browser = UiSession.login(port, "reg-indiener", Scenario.PASSWORD);
        String form = browser.get("/studies/new").body();
        assertThat(form).contains("name=\"publicReport\"");
        UiSession.Page sent = browser.postMultipart("/studies/new", List.of(Map.entry("_csrf", UiSession.hidden(form, "_csrf")),
                Map.entry("idempotencyKey", UiSession.hidden(form, "idempotencyKey")),
                Map.entry("title", "Register: ingediend met toestemming"), Map.entry("authors", "A. Onderzoeker"),
                Map.entry("year", String.valueOf(Year.now().getValue())), Map.entry("studyType", "EFFECT"),
                Map.entry("themes", "WONEN"), Map.entry("publicReport", "true")), "report", DemoReports.pdf("Formulier", 2));
        assertThat(sent.status()).as(sent.body()).isIn(302, 303);
        String id = sent.location().replaceAll(".*/studies/([^?]+).*", "$1");
        assertThat(submitter.get("/api/studies/" + id).json().get("publicReport").asBoolean()).isTrue();
    }

    @Test
    void answersAreCacheableWithStrongEtagsAndRevalidateTo304() throws Exception {
        for (String path : List.of("/api/public/advice-rounds", "/api/public/advice-rounds/" + YEAR, "/openbaar",
                "/openbaar/" + YEAR, "/openbaar/" + YEAR + "/studies/" + exemplary, "/openbaar/feed")) {
            Answer first = get(path);
            assertThat(first.status()).as(path).isEqualTo(200);
            assertThat(first.header("ETag")).as(path + ": strong, the SHA-256 of the body")
                    .isEqualTo("\"" + sha256(first.body()) + "\"");
            assertThat(first.header("Cache-Control")).as(path).isEqualTo("public, max-age=300");
            Answer again = get(path, "If-None-Match", first.header("ETag"));
            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        }
        Answer document = get("/api/public/advice-rounds/" + YEAR + "/document");
        assertThat(document.header("Cache-Control")).isEqualTo("public, max-age=86400");
        assertThat(get("/api/public/advice-rounds/" + YEAR + "/document", "If-None-Match", document.header("ETag")).status())
                .isEqualTo(304);
        Answer page = get("/openbaar/" + YEAR);
        assertThat(page.header("Vary")).contains("Accept-Language").contains("Cookie");
        assertThat(page.header("Content-Security-Policy")).isEqualTo(HeadersAndSessionsTest.UI_POLICY);
        assertThat(get("/api/public/advice-rounds").header("Content-Security-Policy")).isEqualTo(HeadersAndSessionsTest.API_POLICY);
        // the language switch sets a cookie: that answer is for the one reader only
        assertThat(get("/openbaar/" + YEAR + "?lang=en").header("Cache-Control")).isEqualTo("private, no-cache");
    }

    @Test
    void noSessionIsCreatedAndASignedInReaderSeesThePublicPage() {
        for (String path : List.of("/openbaar", "/openbaar/" + YEAR, "/openbaar/feed", "/openbaar/" + UNPUBLISHED,
                "/api/public/advice-rounds", "/api/public/advice-rounds/" + YEAR,
                "/api/public/advice-rounds/" + YEAR + "/document", "/api/public/studies/" + exemplary + "/report")) {
            Answer answer = get(path);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        UiSession signedIn = UiSession.login(port, "reg-indiener", Scenario.PASSWORD);
        String page = signedIn.get("/openbaar/" + YEAR).body();
        assertThat(page).contains("Register: voorbeeldige verschil-in-verschillenstudie").doesNotContain("reg-indiener")
                .doesNotContain("action=\"/logout\"");
        assertThat(signedIn.get("/").body()).as("the session still works elsewhere").contains("action=\"/logout\"");
        // Dutch first, English on request
        assertThat(get("/openbaar/" + YEAR).text()).contains("Voorbeeldstudies").contains("Conclusies");
        assertThat(get("/openbaar/" + YEAR, "Accept-Language", "en").text()).contains("Exemplary studies").contains("Conclusions");
        // the register is linked from the sign-in page and every page's footer
        assertThat(get("/login").text()).contains("href=\"/openbaar\"");
        assertThat(signedIn.get("/").body()).contains("href=\"/openbaar\"");
    }

    @Test
    void theFeedHasOneEntryPerPublishedRoundWithAbsoluteLinks() throws Exception {
        Answer answer = get("/openbaar/feed");
        assertThat(answer.header("Content-Type")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body()));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getLocalName()).isEqualTo("feed");
        String base = "http://localhost:" + port;
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<Integer> listed = new ArrayList<>();
        get("/api/public/advice-rounds").json().forEach(r -> listed.add(r.get("year").asInt()));
        assertThat(entries.getLength()).as("one entry per published round").isEqualTo(listed.size());
        Set<String> ids = new TreeSet<>();
        Element ours = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            ids.add(child(entry, "id"));
            if (child(entry, "id").equals(base + "/openbaar/" + YEAR)) {
                ours = entry;
            }
        }
        assertThat(ids).as("ids are unique").hasSize(entries.getLength());
        assertThat(ours).as("the entry of " + YEAR).isNotNull();
        assertThat(ids).noneMatch(id -> id.endsWith("/openbaar/" + UNPUBLISHED));
        assertThat(child(ours, "title")).isEqualTo("Jaaradvies " + YEAR);
        assertThat(child(ours, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        Map<String, String> links = new HashMap<>();
        NodeList linkNodes = ours.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        for (int i = 0; i < linkNodes.getLength(); i++) {
            Element link = (Element) linkNodes.item(i);
            links.put(link.getAttribute("rel"), link.getAttribute("href"));
        }
        assertThat(links).containsEntry("alternate", base + "/openbaar/" + YEAR)
                .containsEntry("enclosure", base + "/api/public/advice-rounds/" + YEAR + "/document");
        JsonNode round = get("/api/public/advice-rounds").json();
        String sha = null;
        for (JsonNode r : round) {
            if (r.get("year").asInt() == YEAR) {
                sha = r.get("sha256").asText();
            }
        }
        assertThat(child(ours, "summary")).contains(sha);
        assertThat(get(links.get("alternate").substring(base.length())).status()).isEqualTo(200);
    }

    // --- the year, driven through the API

    private void reviewer(String id, String name, String email, String organisation) {
        people.user(id, name, email, organisation, "REVIEWER");
        reviewerIdentities.addAll(List.of(id, name, email));
    }

    /**
     * Submits a study of {@code year}. The API takes publication years up to next year only, and this test's years
     * (2057–2059, so that no other test of the shared context gathers its studies) lie beyond: the study is
     * submitted with this year's number and moved to its year in the database before intake — the one step not
     * taken through the API.
     */
    private String submit(String title, int year, boolean publicReport) {
        Map<String, Object> metadata = Scenario.metadata(title, "reg-gemeente", Year.now().getValue(), "EFFECT", "WONEN");
        metadata.put("publicReport", publicReport);
        String id = Scenario.submit(submitter, metadata, DemoReports.pdf(title, 2)).id();
        assertThat(jdbc.sql("update study set study_year = ? where id = ?").params(year, id).update()).isEqualTo(1);
        assertThat(submitter.get("/api/studies/" + id).json().get("publicReport").asBoolean()).isEqualTo(publicReport);
        return id;
    }

    private void review(String studyId, int[] first, int[] second) {
        Scenario.Study study = Scenario.study(studyId).acceptAndAssign(secretariat, List.of("reg-r1", "reg-r2"));
        study.score(people.as("reg-r1"), Map.of("scores", Scenario.sheet(first),
                "comments", Map.of("K3", "GEHEIM-COMMENTAAR-BEOORDELAAR"), "summary", "GEHEIME-SAMENVATTING-BEOORDELAAR"));
        study.score(people.as("reg-r2"), Map.of("scores", Scenario.sheet(second)));
    }

    private void verdict(String studyId, int verdict, boolean isExemplary, String motivation) {
        Map<String, Object> body = new HashMap<>();
        body.put("verdict", verdict);
        body.put("exemplary", isExemplary);
        if (motivation != null) {
            body.put("motivation", motivation);
        }
        Scenario.complete(chair, Scenario.study(studyId).verdictTask(chair), body, 204);
    }

    private void startAndDraft(int year, String conclusions) {
        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", year)).status()).isEqualTo(201);
        Scenario.complete(secretariat, secretariat.awaitAdviceTask("DRAFT_ADVICE", year),
                Map.of("conclusions", conclusions, "recommendations", "Concept."), 204);
    }

    private static int[] uniform(int level) {
        return new int[] {level, level, level, level, level, level, level, level};
    }

    private static Map<String, Integer> sheet(int[] levels) {
        return Scenario.sheet(levels);
    }

    private String reportOf(String studyId) {
        for (JsonNode s : get("/api/public/advice-rounds/" + YEAR).json().get("studies")) {
            if (s.get("id").asText().equals(studyId)) {
                return s.get("report").isNull() ? null : s.get("report").asText();
            }
        }
        throw new AssertionError("study " + studyId + " not in the round");
    }

    // --- the anonymous client

    record Answer(int status, byte[] body, java.net.http.HttpHeaders headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }
    }

    private Answer get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = anonymous.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                names.add(field.getKey());
                names.addAll(fieldNames(field.getValue()));
            }
        } else if (node.isArray()) {
            node.forEach(child -> names.addAll(fieldNames(child)));
        }
        return names;
    }

    /** The texts of the score cells ({@code <td class="num">}) in a piece of HTML. */
    private static List<String> scoreCells(String html) {
        List<String> cells = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(html);
        while (m.find()) {
            cells.add(m.group(1).strip());
        }
        return cells;
    }

    private static String child(Element element, String name) {
        return element.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
