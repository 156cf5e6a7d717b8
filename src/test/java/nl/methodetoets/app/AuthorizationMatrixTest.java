package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The standing authorization matrix (issue 10): every endpoint of the API and the UI, as one row of
 * {@code src/test/resources/authorization-matrix.txt}, against every kind of user, on the whole application. The
 * table's header explains its columns, cells and path variables. The test fails when the application has an endpoint
 * the table does not cover (or the table a row that is no endpoint), and lists every cell that differs with the row,
 * the column, the expected and the actual answer, followed by the table as the application answered it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends ApplicationTestBase {
    static final String TABLE = "/authorization-matrix.txt";
    static final List<String> COLUMNS = List.of("anon", "sub-own", "sub-other", "rev-asg", "rev-una", "rev-coi", "chair", "secr", "admin");
    /** Framework endpoints, not the application's: springdoc, Spring Boot's error controller, Camunda. */
    static final List<String> EXCLUDED_HANDLER_PACKAGES = List.of("org.springdoc.", "org.springframework.boot.", "org.camunda.");
    static final int YEAR = 2039; // a year no other test of the shared context uses
    static final int OBJECTED_YEAR = 2008; // ObjectionTest's year without an advice round
    static final byte[] NOT_A_PDF = "not a pdf".getBytes(StandardCharsets.UTF_8);

    record Row(String method, String path, List<String> cells, int line) {
        String key() {
            return method + " " + normalized(path);
        }

        String label() {
            return method + " " + path + " (line " + line + ")";
        }
    }

    @Autowired
    ApplicationContext context;

    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Map<String, ApiClient> api = new LinkedHashMap<>();
    private final Map<String, UiSession> ui = new LinkedHashMap<>();
    private final Map<String, String> userIds = new LinkedHashMap<>();

    @BeforeAll
    void setUp() {
        Scenario people = new Scenario(port, admin()).organisations("mx-own", "mx-other", "mx-uni-a", "mx-uni-b", "mx-uni-c",
                "mx-uni-d", "mx-bureau");
        user(people, "sub-own", "mx-sub-own", "mx-own", "SUBMITTER");
        user(people, "sub-other", "mx-sub-other", "mx-other", "SUBMITTER");
        user(people, "rev-asg", "mx-rev-asg", "mx-uni-a", "REVIEWER");
        people.user("mx-rev-second", "mx-uni-b", "REVIEWER");
        user(people, "rev-una", "mx-rev-una", "mx-uni-c", "REVIEWER");
        user(people, "rev-coi", "mx-rev-coi", "mx-uni-d", "REVIEWER");
        user(people, "chair", "mx-chair", "mx-bureau", "CHAIR");
        user(people, "secr", "mx-secr", "mx-bureau", "SECRETARIAT");
        userIds.put("admin", "admin");
        api.put("anon", anonymous());
        api.put("admin", admin());
        ui.put("anon", UiSession.anonymous(port));
        ui.put("admin", UiSession.login(port, "admin", ADMIN_PASSWORD));

        ApiClient.Response declared = api.get("rev-coi").post("/api/users/mx-rev-coi/conflicts",
                Map.of("organisation", "mx-own", "reason", "Werkte er tot vorig jaar."));
        assertThat(declared.status()).as(declared.text()).isEqualTo(201);

        ApiClient secretariat = api.get("secr");
        Scenario.Study study = Scenario.submit(api.get("sub-own"), "Matrixstudie", "mx-own", "EFFECT")
                .acceptAndAssign(secretariat, List.of("mx-rev-asg", "mx-rev-second"));
        String task = study.scoreTask(api.get("rev-asg")).get("id").asText();
        Scenario.Study withdrawn = Scenario.submit(api.get("sub-own"), "Ingetrokken matrixstudie", "mx-own", "EFFECT");
        ApiClient.Response withdrawal = api.get("sub-own").post("/api/studies/" + withdrawn.id() + "/withdraw", null);
        assertThat(withdrawal.status()).as(withdrawal.text()).isEqualTo(200);
        Scenario.Study reviewed = Scenario.submit(api.get("sub-own"), "Beoordeelde matrixstudie", "mx-own", "EFFECT")
                .acceptAndAssign(secretariat, List.of("mx-rev-asg", "mx-rev-second"))
                .scores(api.get("rev-asg"), Scenario.uniform(3));
        Scenario.Study objected = Scenario.submit(api.get("sub-own"), Scenario.metadata("Bezwaarde matrixstudie", "mx-own",
                        OBJECTED_YEAR, "EFFECT", "WONEN"), nl.methodetoets.demo.DemoReports.pdf("Bezwaarde matrixstudie", 2))
                .acceptAndAssign(secretariat, List.of("mx-rev-asg", "mx-rev-second"))
                .scores(api.get("rev-asg"), Scenario.uniform(3)).scores(people.as("mx-rev-second"), Scenario.uniform(3));
        objected.takeComputedVerdict(api.get("chair"));
        ApiClient.Response objection = api.get("sub-own").objection(objected.id(), Map.of("grounds", "Matrixbezwaar."),
                nl.methodetoets.demo.DemoReports.pdf("Bijlage bij het matrixbezwaar", 1));
        assertThat(objection.status()).as(objection.text()).isEqualTo(201);
        ApiClient.Response round = secretariat.post("/api/advice-rounds", Map.of("year", YEAR));
        assertThat(round.status()).as(round.text()).isEqualTo(201);

        variables.put("{study}", study.id());
        variables.put("{withdrawn}", withdrawn.id());
        variables.put("{task}", task);
        variables.put("{reviewed}", reviewed.id());
        variables.put("{year}", String.valueOf(YEAR));
        variables.put("{reviewer}", "mx-rev-asg");
        variables.put("{version}", "2012-1");
        variables.put("{objected}", objected.id());
        variables.put("{objection}", objection.json().get("id").asText());
    }

    private void user(Scenario people, String column, String id, String organisation, String role) {
        api.put(column, people.user(id, organisation, role));
        ui.put(column, UiSession.login(port, id, Scenario.PASSWORD));
        userIds.put(column, id);
    }

    @Test
    void everyEndpointOfTheApplicationIsARowAndEveryRowAnEndpoint() {
        Set<String> endpoints = endpoints();
        Set<String> rows = new TreeSet<>();
        table().forEach(row -> rows.add(row.key()));
        Set<String> uncovered = new TreeSet<>(endpoints);
        uncovered.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(endpoints);
        assertThat(uncovered).as("endpoints of the application without a row in " + TABLE
                + " (add a row: who may call it?)").isEmpty();
        assertThat(stale).as("rows of " + TABLE + " that are no endpoint of the application").isEmpty();
    }

    @Test
    void everyCellHolds() {
        List<String> failures = new ArrayList<>();
        StringBuilder actualTable = new StringBuilder();
        for (Row row : table()) {
            List<String> actual = new ArrayList<>();
            for (int c = 0; c < COLUMNS.size(); c++) {
                String column = COLUMNS.get(c);
                Answer answer = call(row, column);
                String expected = row.cells().get(c);
                actual.add(answer.cell(expected));
                if (!answer.matches(expected)) {
                    failures.add(row.label() + " as " + column + ": expected " + expected + ", got " + answer);
                }
            }
            actualTable.append(String.format("%-42s| %s%n", row.method() + " " + row.path(), String.join(" | ", actual)));
        }
        assertThat(failures).as("cells of " + TABLE + " that do not hold\n\nthe application answered:\n" + actualTable).isEmpty();
    }

    /**
     * The access attacks of the hostile-input corpus ({@code hostile/cases/authz-*.json}) on this fixture, until the
     * corpus runner has them too: submitter = sub-own, other-submitter = sub-other, reviewer = rev-asg, {study} = the
     * study in review, {scoreTask} = rev-asg's task, {year} = the unpublished round.
     */
    @Test
    void theCorpusAccessAttacksAreRefused() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, String> columns = Map.of("anonymous", "anon", "submitter", "sub-own", "other-submitter", "sub-other",
                "reviewer", "rev-asg", "secretariat", "secr", "chair", "chair", "admin", "admin");
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        var cases = resolver.getResources("classpath:hostile/cases/authz-*.json");
        assertThat(cases).as("authz cases in the corpus").hasSizeGreaterThanOrEqualTo(10);
        List<String> failures = new ArrayList<>();
        for (var resource : cases) {
            var attack = json.readTree(resource.getInputStream());
            String path = attack.get("path").asText().replace("{study}", variables.get("{study}"))
                    .replace("{scoreTask}", variables.get("{task}")).replace("{year}", variables.get("{year}"));
            String column = columns.get(attack.get("as").asText());
            int expected = attack.get("expect").get("status").asInt();
            int actual;
            if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
                ApiClient client = api.get(column);
                actual = "GET".equals(attack.get("method").asText()) ? client.get(path).status()
                        : client.post(path, attack.has("body") ? attack.get("body") : null).status();
            } else {
                assertThat(attack.get("method").asText()).as(resource.getFilename()).isEqualTo("GET");
                actual = ui.get(column).get(path).status();
            }
            if (actual != expected) {
                failures.add(resource.getFilename() + ": expected " + expected + ", got " + actual);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** One answer: its status, where it redirects, and the start of its body for the failure message. */
    record Answer(int status, String location, String body) {
        boolean toLogin() {
            return status == 302 && location.matches(".*/login(\\?.*)?$");
        }

        boolean matches(String expected) {
            return switch (expected) {
                case "login" -> toLogin();
                case "ok" -> status != 401 && status != 403 && status != 404 && status < 500 && !toLogin();
                default -> status == Integer.parseInt(expected);
            };
        }

        /** As a cell of the table: the expected notation when it holds, else the plain status. */
        String cell(String expected) {
            return matches(expected) ? expected : toLogin() ? "login" : String.valueOf(status);
        }

        @Override
        public String toString() {
            String excerpt = body.length() > 160 ? body.substring(0, 160) + "..." : body;
            return status + (location.isEmpty() ? "" : " -> " + location) + " " + excerpt.replaceAll("\\s+", " ");
        }
    }

    private Answer call(Row row, String column) {
        String path = row.path();
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            path = path.replace(variable.getKey(), variable.getValue());
        }
        boolean isApi = path.startsWith("/api/");
        if (isApi) {
            ApiClient client = api.get(column);
            ApiClient.Response response = switch (row.method()) {
                case "GET" -> client.get(path);
                case "POST" -> switch (row.key()) {
                    case "POST /api/studies" -> client.submit(Scenario.metadata("Matrix", "mx-own", 2014, "EFFECT", "WONEN"), NOT_A_PDF, null);
                    case "POST /api/studies/{}/report" -> client.upload(path, NOT_A_PDF);
                    default -> client.post(path, apiBody(row.key()));
                };
                case "DELETE" -> client.delete(path);
                case "PUT" -> client.put(path, apiBody(row.key()));
                default -> throw new AssertionError("no request for " + row.label());
            };
            String location = response.headers().getLocation() == null ? "" : response.headers().getLocation().toString();
            return new Answer(response.status(), location, response.text());
        }
        if ("anon".equals(column)) {
            return anonymousBrowser(row.method(), path);
        }
        UiSession session = ui.get(column);
        UiSession.Page page = switch (row.method()) {
            case "GET" -> session.get(path);
            case "POST" -> {
                String csrf = UiSession.hidden(session.get("/").body(), "_csrf");
                yield switch (row.key()) {
                    case "POST /studies/new", "POST /studies/{}/report" ->
                            session.postMultipart(path, List.of(Map.entry("_csrf", csrf)), "report", NOT_A_PDF);
                    default -> {
                        Map<String, String> form = new LinkedHashMap<>(uiForm(row.key()));
                        form.put("_csrf", csrf);
                        yield session.postForm(path, form);
                    }
                };
            }
            default -> throw new AssertionError("no request for " + row.label());
        };
        return new Answer(page.status(), page.location(), page.body() == null ? "" : page.body());
    }

    /**
     * Someone not signed in, as a browser asks (Accept: text/html, so the UI answers with its sign-in page rather than
     * an API client's 401); a POST carries the CSRF token of the sign-in page, so only the sign-in can refuse it.
     */
    private Answer anonymousBrowser(String method, String path) {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + path)).header("Accept", "text/html,application/xhtml+xml");
            if ("POST".equals(method)) {
                String signIn = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                        .header("Accept", "text/html").build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + UiSession.hidden(signIn, "_csrf")));
            }
            java.net.http.HttpResponse<String> response = browser.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Harmless or invalid JSON bodies: allowed roles are answered past authorization and nothing is used up. */
    private static Object apiBody(String key) {
        return switch (key) {
            case "POST /api/users/{}/conflicts" -> Map.of("organisation", "bestaat-niet");
            case "POST /api/advice-rounds" -> Map.of("year", 1999);
            default -> Map.of();
        };
    }

    /** Harmless or invalid UI form fields (the CSRF token is added). */
    private static Map<String, String> uiForm(String key) {
        return switch (key) {
            case "POST /advice" -> Map.of("year", "1999");
            case "POST /conflicts" -> Map.of("organisation", "", "reason", "");
            default -> Map.of();
        };
    }

    /** The application's own endpoints, as {@code METHOD /path} with path variables written {@code {}}. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod handler) -> {
                String type = handler.getBeanType().getName();
                if (EXCLUDED_HANDLER_PACKAGES.stream().anyMatch(type::startsWith)) {
                    return;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + normalized(pattern) + "  (" + type + ")");
                    }
                    methods.forEach(m -> endpoints.add(m.name() + " " + normalized(pattern)));
                }
            });
        }
        return endpoints;
    }

    static String normalized(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE + " on the test class path").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                String[] request = cells[0].strip().split("\\s+");
                assertThat(request).as("line " + (i + 1) + ": METHOD /path").hasSize(2);
                assertThat(cells).as("line " + (i + 1) + ": a request and " + COLUMNS.size() + " cells").hasSize(COLUMNS.size() + 1);
                List<String> expected = new ArrayList<>();
                for (int c = 1; c < cells.length; c++) {
                    String cell = cells[c].strip();
                    assertThat(cell).as("line " + (i + 1) + ", column " + COLUMNS.get(c - 1)).matches("login|ok|[1-5][0-9][0-9]");
                    expected.add(cell);
                }
                rows.add(new Row(request[0], request[1], expected, i + 1));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}
