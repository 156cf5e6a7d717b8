package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.methodetoets.demo.DemoReports;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The hostile PDFs of the corpus ({@code src/test/resources/hostile/cases/pdf-*.json}, files under
 * {@code hostile/pdf/}) sent as the corpus describes them, on the real app with its default caps: each a 400 with
 * its reason, nothing stored, the app healthy after. Until the shared corpus runner (HostileInputCorpusTest) is in,
 * this runs the PDF cases itself, with user 'submitter' of organisation 'hx-gemeente' as the case files expect (the shared runner, HostileInputCorpusTest, runs them too).
 * Also: a good report with links, a form and an image is accepted, and reports are served sandboxed and nosniff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "methodetoets.demo.enabled=false",
        "methodetoets.admin-password=" + ApplicationTestBase.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePdfTest {
    private static final Path DATA_DIR = ApplicationTestBase.tempDir();
    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORGANISATION = "hx-gemeente";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HistoryService history;
    private String study;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("methodetoets.data-dir", DATA_DIR::toString);
    }

    @BeforeAll
    void people() {
        ApiClient admin = new ApiClient(port, "admin", ApplicationTestBase.ADMIN_PASSWORD);
        Scenario.organisation(admin, ORGANISATION);
        Scenario.user(admin, "submitter", ORGANISATION, "SUBMITTER");
        study = Scenario.submit(submitter(), Scenario.metadata("Bestaande studie", ORGANISATION, 2013, "EFFECT", "WONEN"),
                DemoReports.pdf("Bestaande studie", 2)).id();
    }

    static Stream<String> pdfCases() throws IOException {
        try (Stream<Path> files = Files.list(HOSTILE.resolve("cases"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("pdf-")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfCases")
    void eachHostilePdfIsRefusedAndNothingIsStored(String name) throws IOException {
        JsonNode c = JSON.readTree(HOSTILE.resolve("cases").resolve(name).toFile());
        assertThat(c.path("as").asText()).isEqualTo("submitter");
        UploadTraces before = snapshot();
        ResponseEntity<byte[]> response = send(c);
        String body = new String(response.getBody() == null ? new byte[0] : response.getBody(), StandardCharsets.UTF_8);
        JsonNode expect = c.path("expect");
        assertThat(response.getStatusCode().value()).as(body).isEqualTo(expect.path("status").asInt());
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("detail").asText()).contains(expect.path("detailContains").asText());
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly(expect.path("field").asText());
        assertThat(snapshot()).isEqualTo(before);
        assertThat(files("incoming")).isEmpty();
        assertThat(new ApiClient(port, null, null).get("/actuator/health").text()).contains("\"UP\"");
    }

    @Test
    void refusalsSpeakTheCallersLanguage() throws IOException {
        ApiClient.Response response = submitter().submit(Scenario.metadata("Script", ORGANISATION, 2013, "EFFECT", "WONEN"),
                Files.readAllBytes(HOSTILE.resolve("pdf/js-openaction.pdf")), "en");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).isEqualTo(
                "The PDF contains JavaScript (for example an action on opening, in a link or in a form field). Please provide a PDF without scripts.");
        response = submitter().submit(Scenario.metadata("Dik", ORGANISATION, 2013, "EFFECT", "WONEN"),
                Files.readAllBytes(HOSTILE.resolve("pdf/pages-200000.pdf")), null);
        assertThat(response.json().get("detail").asText())
                .isEqualTo("De PDF heeft meer dan 2.000 pagina's. Lever een kortere PDF aan.");
    }

    @Test
    void aGoodReportWithLinksAFormAndAnImageIsAcceptedAndServedSandboxed() {
        byte[] good = HostilePdfs.goodReportWithLinksFormAndImage();
        ApiClient.Response created = submitter().submit(Scenario.metadata("Goed rapport", ORGANISATION, 2013, "EFFECT", "WONEN"), good, null);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("report").get("pages").asInt()).isEqualTo(2);
        String id = created.json().get("id").asText();
        ApiClient.Response api = submitter().get("/api/studies/" + id + "/report");
        assertThat(api.bytes()).isEqualTo(good);
        assertServedAsUntrusted(api.headers());
        ApiClient.Response page = submitter().get("/studies/" + id + "/report");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.bytes()).isEqualTo(good);
        assertServedAsUntrusted(page.headers());

        // the score page's frame: shown inline, but only inside this application's own pages
        ResponseEntity<byte[]> framed = fetch("/studies/" + id + "/report/view", "iframe");
        assertThat(framed.getBody()).isEqualTo(good);
        assertThat(framed.getHeaders().getFirst("Content-Disposition")).startsWith("inline;");
        assertThat(framed.getHeaders().get("Content-Security-Policy")).containsExactly("frame-ancestors 'self'");
        assertThat(framed.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(framed.getHeaders().get("Cross-Origin-Resource-Policy")).containsExactly("same-origin");
        // opened as a page of its own, it is the sandboxed download
        assertServedAsUntrusted(fetch("/studies/" + id + "/report/view", "document").getHeaders());
    }

    private ResponseEntity<byte[]> fetch(String path, String destination) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .get().uri(path).headers(h -> {
                    h.setBasicAuth("submitter", Scenario.PASSWORD);
                    h.set("Sec-Fetch-Dest", destination);
                }).retrieve().toEntity(byte[].class);
    }

    private static void assertServedAsUntrusted(HttpHeaders headers) {
        assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(headers.get("Content-Security-Policy")).containsExactly("sandbox");
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.getFirst("Content-Disposition")).startsWith("attachment; filename=\"rapport-");
    }

    /** Sends a corpus case with a multipart body ({@code json} or {@code file} parts), as 'submitter'. */
    private ResponseEntity<byte[]> send(JsonNode c) throws IOException {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        for (JsonNode part : c.path("multipart")) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.parseMediaType(part.path("contentType").asText()));
            if (part.has("json")) {
                parts.add(part.path("name").asText(), new HttpEntity<>(JSON.writeValueAsString(part.get("json")), headers));
            } else {
                byte[] bytes = Files.readAllBytes(HOSTILE.resolve(part.path("file").asText()));
                String filename = part.path("filename").asText();
                parts.add(part.path("name").asText(), new HttpEntity<>(new ByteArrayResource(bytes) {
                    @Override
                    public String getFilename() {
                        return filename;
                    }
                }, headers));
            }
        }
        String path = c.path("path").asText().replace("{study}", study);
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .method(org.springframework.http.HttpMethod.valueOf(c.path("method").asText())).uri(path)
                .headers(h -> h.setBasicAuth("submitter", Scenario.PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(byte[].class);
    }


    private UploadTraces snapshot() throws IOException {
        return UploadTraces.of(jdbc, history, DATA_DIR);
    }

    private static List<Path> files(String dir) throws IOException {
        return UploadTraces.files(DATA_DIR.resolve(dir));
    }

    private ApiClient submitter() {
        return new ApiClient(port, "submitter", Scenario.PASSWORD);
    }
}
