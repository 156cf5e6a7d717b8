package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;

/**
 * Issue 10, headers and sessions, on the real app: the security headers of pages and API responses, the refusal of
 * state-changing API requests from another origin, no session for Basic credentials (and so no CSRF token for a
 * form posted with them), a Secure session cookie behind a TLS proxy, and no Basic challenge for a browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadersAndSessionsTest extends ApplicationTestBase {
    static final String UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'self'";
    private static final String EVIL = "https://evil.example";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Scenario people;
    private String study;
    private String scoreTask;

    @BeforeAll
    void people() {
        people = new Scenario(port, admin()).organisations("hdr-gemeente", "hdr-ministerie", "hdr-universiteit");
        people.user("hdr-indiener", "hdr-gemeente", "SUBMITTER");
        people.user("hdr-secretaris", "hdr-ministerie", "SECRETARIAT");
        people.user("hdr-beoordelaar", "hdr-universiteit", "REVIEWER");
        people.user("hdr-beoordelaar2", "hdr-ministerie", "REVIEWER");
        // wrong passwords only for this one: the engine delays an account's next sign-in after each wrong password
        people.user("hdr-slot", "hdr-gemeente", "SUBMITTER");
        study = Scenario.submit(people.as("hdr-indiener"), "Kopregels en sessies", "hdr-gemeente", "EFFECT").id();
        Scenario.Study scored = Scenario.submit(people.as("hdr-indiener"), "Kopregels bij het scoren", "hdr-gemeente", "EFFECT")
                .acceptAndAssign(people.as("hdr-secretaris"), List.of("hdr-beoordelaar", "hdr-beoordelaar2"));
        scoreTask = scored.scoreTask(people.as("hdr-beoordelaar")).get("id").asText();
    }

    // --- headers

    @Test
    void pagesCarryTheStrictPolicyAndTheOtherHeaders() {
        for (HttpResponse<String> page : List.of(send(get("/login")), send(basic(get("/"), "hdr-indiener")),
                send(basic(get("/studies/" + study), "hdr-indiener")))) {
            assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
            assertThat(header(page, "Content-Security-Policy")).as(page.uri().toString()).isEqualTo(UI_POLICY);
            assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
            assertThat(header(page, "X-Frame-Options")).isEqualTo("SAMEORIGIN");
            assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        }
        // Swagger UI: its own inline styles are allowed, its scripts are not inline either
        HttpResponse<String> swagger = send(get("/swagger-ui/index.html"));
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(header(swagger, "Content-Security-Policy")).contains("script-src 'self';")
                .contains("style-src 'self' 'unsafe-inline'").contains("frame-ancestors 'self'");
        // Cockpit keeps the policy the Camunda webapps send themselves (with their script nonces)
        HttpResponse<String> cockpit = send(basic(get("/camunda/app/cockpit/default/"), "admin", ADMIN_PASSWORD));
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(header(cockpit, "Content-Security-Policy")).isNotEqualTo(UI_POLICY).contains("nonce");
        assertThat(header(cockpit, "Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void apiResponsesCarryThePolicyAndReferrerPolicy() {
        HttpResponse<String> studies = send(basic(get("/api/studies"), "hdr-indiener"));
        assertThat(studies.statusCode()).isEqualTo(200);
        assertThat(header(studies, "Content-Security-Policy")).isEqualTo(API_POLICY);
        assertThat(header(studies, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(studies, "X-Content-Type-Options")).isEqualTo("nosniff");
        HttpResponse<String> anonymous = send(get("/api/studies"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(header(anonymous, "Content-Security-Policy")).isEqualTo(API_POLICY);
    }

    @Test
    void aReportPdfIsNotKeptFromChromesPdfViewer() {
        // object-src 'none' or style-src 'self' on the PDF's own response would block Chrome's viewer; a policy the
        // report download sets itself (e.g. sandbox) is left alone
        for (String path : List.of("/studies/" + study + "/report", "/api/studies/" + study + "/report")) {
            HttpResponse<String> report = send(basic(get(path), "hdr-indiener"));
            assertThat(report.statusCode()).as(path).isEqualTo(200);
            assertThat(header(report, "Content-Type")).startsWith("application/pdf");
            String policy = header(report, "Content-Security-Policy");
            assertThat(policy).as(path).isNotNull().doesNotContain("object-src").doesNotContain("default-src")
                    .doesNotContain("style-src");
            assertThat(header(report, "X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    // --- another origin

    @Test
    void aStateChangingApiRequestFromAnotherOriginIsRefusedInTheCallersLanguage() throws IOException {
        HttpResponse<String> withdraw = send(basic(post("/api/studies/" + study + "/withdraw", ""), "hdr-indiener")
                .header("Origin", EVIL));
        assertThat(withdraw.statusCode()).isEqualTo(403);
        assertThat(header(withdraw, "Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(withdraw.body()).get("detail").asText())
                .isEqualTo("Dit verzoek komt van een andere website en is daarom geweigerd.");
        HttpResponse<String> english = send(basic(post("/api/studies/" + study + "/withdraw", ""), "hdr-indiener")
                .header("Origin", EVIL).header("Accept-Language", "en"));
        assertThat(JSON.readTree(english.body()).get("detail").asText())
                .isEqualTo("This request came from another website and was therefore refused.");
        // a cross-site HTML form: no credentials are even checked (no sign-in attempt counted), nothing withdrawn
        HttpResponse<String> form = send(basic(HttpRequest.newBuilder(uri("/api/studies/" + study + "/withdraw"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")), "hdr-slot", "wrong-password")
                .header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site"));
        assertThat(form.statusCode()).isEqualTo(403);
        // "null" (a sandboxed frame, a data: page) is no origin of ours either
        assertThat(send(basic(post("/api/studies/" + study + "/withdraw", ""), "hdr-indiener")
                .header("Origin", "null")).statusCode()).isEqualTo(403);
        // DELETE on the engine REST API too, even for an ADMIN
        HttpResponse<String> delete = send(basic(HttpRequest.newBuilder(uri("/engine-rest/user/hdr-indiener")).DELETE(),
                "admin", ADMIN_PASSWORD).header("Origin", EVIL));
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(people.as("hdr-indiener").get("/api/studies/" + study).json().get("status").asText())
                .isNotEqualTo("WITHDRAWN");
        assertThat(admin().get("/api/users/hdr-indiener").status()).isEqualTo(200); // the user was not deleted
        // reading stays open (the browser keeps another site from reading the answer)
        assertThat(send(basic(get("/api/studies/" + study), "hdr-indiener").header("Origin", EVIL)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theAppsOwnOriginAndNoOriginAtAllAreServed() {
        assertThat(createOrganisation("hdr-eigen", "Origin", "http://localhost:" + port)).isEqualTo(201);
        assertThat(createOrganisation("hdr-zonder")).isEqualTo(201);
        // behind a TLS proxy: the origin the browser saw, as forwarded
        assertThat(createOrganisation("hdr-proxy", "Origin", "https://methodetoets.example",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "methodetoets.example")).isEqualTo(201);
        assertThat(createOrganisation("hdr-proxy-poort", "Origin", "https://methodetoets.example:8443",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "methodetoets.example", "X-Forwarded-Port", "8443"))
                .isEqualTo(201);
        // the same host on another scheme or port is another origin
        assertThat(createOrganisation("hdr-ander-schema", "Origin", "https://localhost:" + port)).isEqualTo(403);
        assertThat(createOrganisation("hdr-andere-poort", "Origin", "http://localhost:" + (port + 1))).isEqualTo(403);
        assertThat(admin().get("/api/organisations").text()).contains("hdr-eigen", "hdr-zonder", "hdr-proxy")
                .doesNotContain("hdr-ander-schema", "hdr-andere-poort");
    }

    // --- unknown paths

    @Test
    void anUnknownPathIsTheSitesNotFoundPageForABrowserAndAProblemInTheCallersLanguageForTheRest() {
        HttpResponse<String> page = send(basic(get("/taken-die-niet-bestaan")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").header("Accept-Language", "nl"), "hdr-indiener"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Niet gevonden.").doesNotContain("static resource");
        for (String path : List.of("/taken-die-niet-bestaan", "/api/bestaat-niet")) {
            HttpResponse<String> problem = send(basic(get(path).header("Accept", "application/json")
                    .header("Accept-Language", "en"), "hdr-indiener"));
            assertThat(problem.statusCode()).as(path).isEqualTo(404);
            assertThat(problem.headers().firstValue("Content-Type").orElse("")).as(path)
                    .startsWith("application/problem+json");
            assertThat(problem.body()).as(path).contains("\"detail\":\"Not found.\"").doesNotContain("static resource");
        }
    }

    // --- sessions

    @Test
    void basicCredentialsMakeNoSessionOnPagesNorOnTheApi() {
        for (String path : List.of("/", "/studies", "/studies/" + study, "/studies/new", "/api/studies")) {
            HttpResponse<String> response = send(basic(get(path), "hdr-indiener"));
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }

    @Test
    void aPageFormPostedWithOnlyBasicCredentialsIsRefused() {
        // what a page on another site makes a browser with remembered Basic credentials post
        HttpResponse<String> withdraw = send(basic(HttpRequest.newBuilder(uri("/studies/" + study + "/withdraw"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")), "hdr-indiener").header("Origin", EVIL));
        assertThat(withdraw.statusCode()).isEqualTo(403);
        // even with a token taken from a page fetched with the same credentials: that token was never kept
        String page = send(basic(get("/studies/" + study), "hdr-indiener")).body();
        String token = UiSession.hidden(page, "_csrf");
        HttpResponse<String> withToken = send(basic(HttpRequest.newBuilder(uri("/studies/" + study + "/withdraw"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)), "hdr-indiener"));
        assertThat(withToken.statusCode()).isEqualTo(403);
        assertThat(people.as("hdr-indiener").get("/api/studies/" + study).json().get("status").asText())
                .isNotEqualTo("WITHDRAWN");
    }

    /** Spring Session is for the postgres profile (SharedSessionPostgresTest); this single H2 node keeps Tomcat's. */
    @Test
    void onTheDefaultProfileSessionsStayInTomcatsMemory(@Autowired ApplicationContext context, @Autowired JdbcTemplate jdbc) {
        UiSession signedIn = UiSession.login(port, "hdr-indiener", Scenario.PASSWORD);
        assertThat(signedIn.get("/").status()).isEqualTo(200);
        assertThat(context.getBeanNamesForType(SessionRepository.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class)).isZero();
    }

    @Test
    void theSessionCookieIsSecureWhenTheBrowserCameOverTls() {
        HttpResponse<String> overTls = send(get("/login").header("X-Forwarded-Proto", "https"));
        assertThat(sessionCookie(overTls)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        HttpResponse<String> plain = send(get("/login"));
        assertThat(sessionCookie(plain)).doesNotContain("Secure").contains("HttpOnly");
    }

    // --- the 401

    @Test
    void aBrowserIsNotChallengedForBasicCredentialsAnApiClientIs() throws IOException {
        List<String[]> browserLike = List.of(new String[] {"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"},
                new String[] {"Sec-Fetch-Mode", "cors"}, new String[] {"X-Requested-With", "XMLHttpRequest"});
        for (String[] h : browserLike) {
            HttpResponse<String> response = send(get("/api/studies").header(h[0], h[1]));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(h[0]).isEmpty();
            assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(401);
            // also when wrong credentials were sent
            HttpResponse<String> wrong = send(basic(get("/api/studies"), "hdr-slot", "wrong").header(h[0], h[1]));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("WWW-Authenticate")).as(h[0]).isEmpty();
        }
        HttpResponse<String> client = send(get("/api/studies").header("Accept", "application/json"));
        assertThat(client.statusCode()).isEqualTo(401);
        assertThat(header(client, "WWW-Authenticate")).isEqualTo("Basic realm=\"Methodetoets\"");
        assertThat(header(send(get("/engine-rest/task")), "WWW-Authenticate")).startsWith("Basic");
        // a page: the browser goes to the sign-in page; a script reading a page with wrong credentials, no dialog
        HttpResponse<String> page = send(get("/studies").header("Accept", "text/html").header("Sec-Fetch-Mode", "navigate"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(header(page, "Location")).endsWith("/login");
        HttpResponse<String> wrongOnPage = send(basic(get("/studies"), "hdr-slot", "wrong")
                .header("Accept", "text/html").header("Sec-Fetch-Mode", "navigate"));
        assertThat(wrongOnPage.statusCode()).isEqualTo(401);
        assertThat(wrongOnPage.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    // --- the hostile-input corpus cases of this area (until the shared runner, app/HostileInputCorpusTest, has them)

    @Test
    void theCorpusCasesOfThisAreaAreRefused() throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/hostile/cases");
        List<java.nio.file.Path> cases;
        try (var files = java.nio.file.Files.list(dir)) {
            cases = files.filter(f -> f.getFileName().toString().startsWith("headers-")).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        int organisations = admin().get("/api/organisations").json().size();
        for (java.nio.file.Path file : cases) {
            JsonNode c = JSON.readTree(file.toFile());
            String path = c.get("path").asText().replace("{study}", study).replace("{scoreTask}", scoreTask);
            HttpRequest.BodyPublisher body = c.has("body") ? HttpRequest.BodyPublishers.ofString(c.get("body").toString())
                    : c.has("bodyText") ? HttpRequest.BodyPublishers.ofString(c.get("bodyText").asText())
                    : HttpRequest.BodyPublishers.noBody();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(c.get("method").asText(), body);
            if (c.has("body") || c.has("contentType")) {
                request.header("Content-Type", c.has("contentType") ? c.get("contentType").asText() : "application/json");
            }
            String as = c.get("as").asText();
            if (!as.equals("anonymous")) {
                basic(request, switch (as) {
                    case "submitter" -> "hdr-indiener";
                    case "reviewer" -> "hdr-beoordelaar";
                    case "secretariat" -> "hdr-secretaris";
                    default -> as;
                }, as.equals("admin") ? ADMIN_PASSWORD : Scenario.PASSWORD);
            }
            c.path("headers").fields().forEachRemaining(h -> request.setHeader(h.getKey(), h.getValue().asText()));
            HttpResponse<String> response = send(request);
            String name = file.getFileName().toString();
            assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(c.get("expect").get("status").asInt());
            if (c.get("expect").has("detailContains")) {
                assertThat(JSON.readTree(response.body()).get("detail").asText()).as(name)
                        .contains(c.get("expect").get("detailContains").asText());
            }
        }
        assertThat(people.as("hdr-indiener").get("/api/studies/" + study).json().get("status").asText()).isNotEqualTo("WITHDRAWN");
        assertThat(admin().get("/api/organisations").json().size()).isEqualTo(organisations);
        assertThat(people.as("hdr-beoordelaar").get("/api/tasks/" + scoreTask).status()).isEqualTo(200);
        assertThat(send(get("/actuator/health")).body()).contains("UP");
    }

    // --- helpers

    private int createOrganisation(String id, String... headers) {
        HttpRequest.Builder request = basic(post("/api/organisations",
                "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"type\":\"OVERIG\"}"), "admin", ADMIN_PASSWORD)
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request).statusCode();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String user) {
        return basic(request, user, Scenario.PASSWORD);
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String user, String password) {
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
