package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hostile-input corpus (issue 10): every case under {@code src/test/resources/hostile/cases/*.json} is sent to the
 * running application as the user it names, and must be answered with the status it expects (a clear 4xx; the field
 * and a piece of the detail when it names them), store nothing (the rows of studies, report versions, drafts, scores,
 * conflicts, verdicts, timeline entries, organisations and users are counted before and after) and leave the
 * application healthy ({@code /actuator/health} UP). The format is in the helpers' brief and repeated here:
 *
 * <pre>
 * {"description": "...", "as": "anonymous|submitter|other-submitter|reviewer|secretariat|chair|admin",
 *  "method": "POST", "path": "/api/studies/{study}", "headers": {...}, "contentType": "...",
 *  "body": {...} | "bodyText": "..." | "multipart": [{"name", "contentType", "json"|"text"|"file", "filename"}]
 *  | "form": {"field": "value"},
 *  "expect": {"status": 422, "field": "title", "detailContains": "..."}}
 * </pre>
 *
 * Places in paths and strings: {@code {study}} (a study of 'submitter', waiting in intake), {@code {scoreTask}}
 * (an open SCORE task of 'reviewer'), {@code {year}} (the current year), and also {@code {intakeTask}} (the INTAKE task
 * of {@code {study}}, the secretariat's) and {@code {verdictTask}} (an open VERDICT task of 'chair'). Strings expand
 * {@code ${repeat:x:5000}}, {@code ${char:0001}}; an array {@code ["${array:100000:x}"]} becomes 100,000 elements.
 * A {@code form} is posted as the browser does: signed in through the login form, with the page's CSRF token; its
 * answer is a page, so {@code field} is not checked there (use {@code detailContains} for the error's words).
 */
class HostileInputCorpusTest extends ApplicationTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPEAT = Pattern.compile("\\$\\{repeat:(.*?):([0-9]+)}");
    private static final Pattern CHAR = Pattern.compile("\\$\\{char:([0-9A-Fa-f]{4,6})}");
    private static final Pattern ARRAY = Pattern.compile("\\$\\{array:([0-9]+):(.*)}");
    private static final String[] COUNTED = {"study", "report_version", "score_draft", "independent_score",
            "declared_conflict", "review_assignment", "assessment", "consolidation", "study_event", "organisation",
            "membership", "act_id_user"};

    record Case(String name, JsonNode spec) {
    }

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, UiSession> sessions = new LinkedHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyCaseIsAClear4xxStoresNothingAndLeavesTheApplicationHealthy() {
        List<Case> cases = cases();
        assertThat(cases).as("issue 10 asks for at least 40 hostile cases").hasSizeGreaterThanOrEqualTo(40);
        Map<String, String> places = fixture();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.spec().path("description").asText(),
                () -> run(c, places)));
    }

    // --- the fixture: people, a study in intake, an open score task, an open verdict task

    private Map<String, String> fixture() {
        Scenario.organisation(admin(), "hx-gemeente");
        Scenario.organisation(admin(), "hx-andere-gemeente");
        Scenario.organisation(admin(), "hx-universiteit");
        Scenario.user(admin(), "hx-submitter", "hx-gemeente", "SUBMITTER");
        Scenario.user(admin(), "hx-other-submitter", "hx-andere-gemeente", "SUBMITTER");
        Scenario.user(admin(), "hx-reviewer", "hx-universiteit", "REVIEWER");
        Scenario.user(admin(), "hx-reviewer2", "hx-universiteit", "REVIEWER");
        Scenario.user(admin(), "hx-secretariat", "hx-universiteit", "SECRETARIAT");
        Scenario.user(admin(), "hx-chair", "hx-universiteit", "CHAIR");
        ApiClient submitter = client("submitter");
        ApiClient secretariat = client("secretariat");
        ApiClient reviewer = client("reviewer");
        ApiClient reviewer2 = new ApiClient(port, "hx-reviewer2", Scenario.PASSWORD);

        Scenario.Study inIntake = Scenario.submit(submitter, "Vijandige invoer: in de intake", "hx-gemeente", "EFFECT");
        String intakeTask = inIntake.intakeTask(secretariat).get("id").asText();
        Scenario.Study scoring = Scenario.submit(submitter, "Vijandige invoer: te scoren", "hx-gemeente", "EFFECT")
                .acceptAndAssign(secretariat, List.of("hx-reviewer", "hx-reviewer2"));
        String scoreTask = scoring.scoreTask(reviewer).get("id").asText();
        Scenario.Study decided = Scenario.submit(submitter, "Vijandige invoer: eindoordeel", "hx-gemeente", "EFFECT")
                .acceptAndAssign(secretariat, List.of("hx-reviewer", "hx-reviewer2"))
                .scores(reviewer, Scenario.uniform(3)).scores(reviewer2, Scenario.uniform(3));
        String verdictTask = decided.verdictTask(client("chair")).get("id").asText();

        Map<String, String> places = new LinkedHashMap<>();
        places.put("{study}", inIntake.id());
        places.put("{intakeTask}", intakeTask);
        places.put("{scoreTask}", scoreTask);
        places.put("{verdictTask}", verdictTask);
        places.put("{year}", String.valueOf(Year.now().getValue()));
        return places;
    }

    private ApiClient client(String as) {
        String[] credentials = credentials(as);
        return new ApiClient(port, credentials[0], credentials[1]);
    }

    /** User and password for a role of the corpus; null for anonymous. */
    private static String[] credentials(String as) {
        return switch (as) {
            case "anonymous" -> new String[] {null, null};
            case "admin" -> new String[] {"admin", ADMIN_PASSWORD};
            case "submitter", "other-submitter", "reviewer", "secretariat", "chair" -> new String[] {"hx-" + as, Scenario.PASSWORD};
            default -> throw new AssertionError("unknown 'as': " + as);
        };
    }

    // --- one case

    private void run(Case c, Map<String, String> places) throws Exception {
        JsonNode spec = expand(c.spec(), places);
        Map<String, Long> before = counts();
        JsonNode expect = spec.path("expect");
        int expected = expect.path("status").asInt();
        assertThat(expected).as("a case expects a 4xx").isBetween(400, 499);

        Answer answer = spec.has("form") ? postForm(spec) : send(spec);

        assertThat(answer.status()).as(c.name() + " answered: " + abbreviated(answer.body())).isEqualTo(expected);
        if (expect.has("field") && !spec.has("form")) {
            JsonNode problem = JSON.readTree(answer.body());
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertThat(fields).as(c.name() + " names the field: " + abbreviated(answer.body())).contains(expect.get("field").asText());
        }
        if (expect.has("detailContains")) {
            assertThat(answer.body()).as(c.name()).contains(expect.get("detailContains").asText());
        }
        assertThat(counts()).as(c.name() + " stored nothing").isEqualTo(before);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as("healthy after " + c.name()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    record Answer(int status, String body) {
    }

    private Answer send(JsonNode spec) throws Exception {
        String as = spec.path("as").asText("anonymous");
        String[] credentials = credentials(as);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(spec.path("path").asText())).timeout(Duration.ofSeconds(60));
        if (credentials[0] != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials[0] + ":" + credentials[1]).getBytes(StandardCharsets.UTF_8)));
        }
        String contentType = spec.path("contentType").asText(null);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (spec.has("body")) {
            body = HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(spec.get("body")));
            contentType = contentType == null ? "application/json" : contentType;
        } else if (spec.has("bodyText")) {
            body = HttpRequest.BodyPublishers.ofString(spec.get("bodyText").asText());
            contentType = contentType == null ? "text/plain" : contentType;
        } else if (spec.has("multipart")) {
            String boundary = "----hostile" + UUID.randomUUID();
            body = HttpRequest.BodyPublishers.ofByteArray(multipart(spec.get("multipart"), boundary));
            contentType = (contentType == null ? "multipart/form-data" : contentType) + "; boundary=" + boundary;
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        spec.path("headers").fields().forEachRemaining(h -> request.header(h.getKey(), h.getValue().asText()));
        request.method(spec.path("method").asText("GET"), body);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }

    /** A browser's form post: signed in (once per user) through the login form, with the CSRF token of the page. */
    private Answer postForm(JsonNode spec) {
        String as = spec.path("as").asText("anonymous");
        String[] credentials = credentials(as);
        UiSession session = sessions.computeIfAbsent(as, a -> credentials[0] == null ? UiSession.anonymous(port)
                : UiSession.login(port, credentials[0], credentials[1]));
        String path = spec.path("path").asText();
        UiSession.Page page = session.get(path.replaceAll("/draft$", ""));
        String csrf = page.status() == 200 && page.body().contains("name=\"_csrf\"") ? UiSession.hidden(page.body(), "_csrf")
                : UiSession.hidden(session.get(credentials[0] == null ? "/login" : "/").body(), "_csrf");
        Map<String, String> fields = new LinkedHashMap<>();
        spec.get("form").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
        fields.put("_csrf", csrf);
        UiSession.Page answer = session.postForm(path, fields);
        return new Answer(answer.status(), answer.body());
    }

    private static byte[] multipart(JsonNode parts, String boundary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (JsonNode part : parts) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + part.path("name").asText() + "\"");
            if (part.has("filename")) {
                head.append("; filename=\"").append(part.get("filename").asText()).append('"');
            }
            head.append("\r\n");
            if (part.has("contentType")) {
                head.append("Content-Type: ").append(part.get("contentType").asText()).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (part.has("json")) {
                out.write(JSON.writeValueAsBytes(part.get("json")));
            } else if (part.has("file")) {
                out.write(Files.readAllBytes(hostile().resolve(part.get("file").asText())));
            } else {
                out.write(part.path("text").asText().getBytes(StandardCharsets.UTF_8));
            }
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // --- counting what is stored

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : COUNTED) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    // --- reading and expanding the cases

    private static List<Case> cases() {
        try (Stream<Path> files = Files.list(hostile().resolve("cases"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> {
                try {
                    return new Case(f.getFileName().toString().replaceAll("\\.json$", ""), JSON.readTree(f.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException("unreadable case " + f, e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path hostile() {
        try {
            return Path.of(HostileInputCorpusTest.class.getResource("/hostile").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode expand(JsonNode node, Map<String, String> places) {
        if (node.isTextual()) {
            return TextNode.valueOf(expandText(node.asText(), places));
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (JsonNode element : node) {
                Matcher many = element.isTextual() ? ARRAY.matcher(element.asText()) : null;
                if (many != null && many.matches()) {
                    String value = expandText(many.group(2), places);
                    for (int i = Integer.parseInt(many.group(1)); i > 0; i--) {
                        array.add(value);
                    }
                } else {
                    array.add(expand(element, places));
                }
            }
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                object.set(expandText(field.getKey(), places), expand(field.getValue(), places));
            }
            return object;
        }
        return node;
    }

    static String expandText(String text, Map<String, String> places) {
        String result = text;
        for (Map.Entry<String, String> place : places.entrySet()) {
            result = result.replace(place.getKey(), place.getValue());
        }
        Matcher repeat = REPEAT.matcher(result);
        StringBuilder repeated = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(repeated, Matcher.quoteReplacement(repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
        }
        repeat.appendTail(repeated);
        Matcher character = CHAR.matcher(repeated);
        StringBuilder characters = new StringBuilder();
        while (character.find()) {
            character.appendReplacement(characters, Matcher.quoteReplacement(Character.toString(Integer.parseInt(character.group(1), 16))));
        }
        character.appendTail(characters);
        return characters.toString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }
}
