package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.methodetoets.demo.DemoReports;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Uploads that are not a usable study report are refused with a clear message in the caller's language, and leave
 * nothing behind: no study, no report version or text, no file in reports/ or incoming/, no process instance.
 * The cap is set to 2 MB here, so the refusal must name the configured cap, not the default 50 MB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "methodetoets.demo.enabled=false",
        "methodetoets.admin-password=" + ApplicationTestBase.ADMIN_PASSWORD,
        "methodetoets.submission.max-report-bytes=" + ReportRefusalTest.CAP})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRefusalTest {
    static final long CAP = 2 * 1024 * 1024;
    private static final Path DATA_DIR = ApplicationTestBase.tempDir();
    private static final String NOT_A_PDF = "Het bestand is geen leesbare PDF (misschien beschadigd, afgebroken of van een ander type).";
    private static final String ENCRYPTED = "De PDF is beveiligd met een wachtwoord of versleuteld. Lever een onbeveiligde PDF aan.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HistoryService history;
    @TempDir
    Path scratch;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("methodetoets.data-dir", DATA_DIR::toString);
    }

    @BeforeAll
    void people() {
        ApiClient admin = new ApiClient(port, "admin", ApplicationTestBase.ADMIN_PASSWORD);
        Scenario.organisation(admin, "weiger-gemeente");
        Scenario.user(admin, "weiger-indiener", "weiger-gemeente", "SUBMITTER");
    }

    @Test
    void aPngWithAPdfNameIsRefused() throws IOException {
        assertRefused(TestPdfs.png(), null, 400, NOT_A_PDF);
    }

    @Test
    void aTruncatedPdfIsRefused() throws IOException {
        assertRefused(TestPdfs.truncated(), null, 400, NOT_A_PDF);
    }

    @Test
    void aMalformedPdfIsRefused() throws IOException {
        assertRefused(TestPdfs.malformed(), null, 400, NOT_A_PDF);
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefused() throws IOException {
        assertRefused(TestPdfs.encryptedWithUserPassword(), null, 400, ENCRYPTED);
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsRefusedInEnglishToo() throws IOException {
        assertRefused(TestPdfs.encryptedWithOwnerPasswordOnly(), null, 400, ENCRYPTED);
        assertRefused(TestPdfs.encryptedWithOwnerPasswordOnly(), "en", 400,
                "The PDF is password-protected or encrypted. Please provide an unprotected PDF.");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertRefused(new byte[0], null, 400, "Het bestand is leeg.");
    }

    @Test
    void aFileOverTheConfiguredCapIsRefusedNamingThatCap() throws IOException {
        byte[] overCap = Files.readAllBytes(TestPdfs.ofExactSize(scratch, "Te groot", CAP + 1));
        assertRefused(overCap, null, 413, "Het bestand is groter dan 2 MB.");
        assertRefused(overCap, "en-GB,en;q=0.9", 413, "The file is larger than 2 MB.");
    }

    @Test
    void theBrowserFormRefusesAFileOverTheCapWithAPage() throws IOException {
        byte[] overCap = Files.readAllBytes(TestPdfs.ofExactSize(scratch, "Te groot voor het formulier", CAP + 1));
        UploadTraces before = snapshot();
        UiSession browser = UiSession.login(port, "weiger-indiener", Scenario.PASSWORD);
        String form = browser.get("/studies/new").body();
        assertThat(form).contains("data-max-bytes=\"" + CAP + "\"").contains("PDF, maximaal 2 MB");
        String csrf = UiSession.hidden(form, "_csrf");
        UiSession.Page refused = browser.postMultipart("/studies/new", List.of(Map.entry("_csrf", csrf),
                Map.entry("idempotencyKey", UiSession.hidden(form, "idempotencyKey")), Map.entry("title", "Te groot")),
                "report", overCap, csrf);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("Het bestand is groter dan 2 MB.");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aPdfOfExactlyTheCapIsAcceptedAndServedByteIdentical() throws IOException {
        byte[] atCap = Files.readAllBytes(TestPdfs.ofExactSize(scratch, "Precies de grens", CAP));
        assertThat(atCap).hasSize((int) CAP);
        ApiClient.Response created = submitter().submit(Scenario.metadata("Precies de grens", "weiger-gemeente", 2013, "EFFECT", "WONEN"), atCap, null);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("report").get("bytes").asLong()).isEqualTo(CAP);
        assertThat(created.json().get("report").get("pages").asInt()).isEqualTo(2);
        assertThat(submitter().get(created.headers().getLocation() + "/report").bytes()).isEqualTo(atCap);
    }

    @Test
    void aRefusedNewVersionLeavesTheStudyAsItWas() throws IOException {
        ApiClient.Response created = submitter().submit(Scenario.metadata("Versie blijft", "weiger-gemeente", 2013, "MONITOR", "WONEN"),
                DemoReports.pdf("Versie blijft", 3), null);
        assertThat(created.status()).isEqualTo(201);
        String path = created.headers().getLocation() + "/report";
        UploadTraces before = snapshot();
        ApiClient.Response refused = submitter().upload(path, TestPdfs.truncated(), "en", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).isEqualTo("The file is not a readable PDF (it may be damaged, truncated or of another type).");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(submitter().get(created.headers().getLocation().toString()).json().get("report").get("version").asInt()).isEqualTo(1);
    }

    private void assertRefused(byte[] file, String language, int status, String detail) throws IOException {
        UploadTraces before = snapshot();
        ApiClient.Response response = submitter().submit(
                Scenario.metadata("Geweigerd rapport", "weiger-gemeente", 2013, "EFFECT", "WONEN"), file, language);
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isEqualTo(detail);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("report");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(files("incoming")).isEmpty();
    }


    private UploadTraces snapshot() throws IOException {
        return UploadTraces.of(jdbc, history, DATA_DIR);
    }

    private static List<Path> files(String dir) throws IOException {
        return UploadTraces.files(DATA_DIR.resolve(dir));
    }

    private ApiClient submitter() {
        return new ApiClient(port, "weiger-indiener", Scenario.PASSWORD);
    }
}
