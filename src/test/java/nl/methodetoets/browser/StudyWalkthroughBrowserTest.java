package nl.methodetoets.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * A person walks one study through the browser UI: a submitter submits with a PDF, the secretariat accepts it and
 * assigns two reviewers, both score on the instrument, the chair fixes the verdict, the submitter reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "methodetoets.demo.enabled=false", "methodetoets.admin-password=beheer-wachtwoord-test"})
class StudyWalkthroughBrowserTest {
    private static final String PASSWORD = "wachtwoord-ui";
    private static final Path DATA_DIR = tempDir();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("methodetoets.data-dir", DATA_DIR::toString);
    }

    @Test
    void aStudyFromSubmissionToVerdictInTheBrowser() throws Exception {
        Assumptions.assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian chromium not installed");
        people();
        Path pdf = Files.createTempFile("rapport-", ".pdf");
        Files.write(pdf, DemoReports.pdf("Wijkaanpak Transvaal", 6));
        try (Browser browser = new Browser(port)) {
            browser.login("ui-indiener", PASSWORD);
            browser.open("/studies/new");
            browser.type("field-title", "Effecten van de wijkaanpak in Transvaal");
            browser.type("field-authors", "A. Onderzoeker\nB. Analist");
            browser.type("field-year", "2012");
            browser.type("field-wijken", "Transvaal");
            browser.find(By.cssSelector("input[name=themes][value=VEILIGHEID]")).click();
            browser.find(By.id("field-report")).sendKeys(pdf.toString());
            browser.screenshot("01-indienen");
            browser.find(By.cssSelector("form button.primary")).click();
            assertThat(browser.waitForText("Uw studie is ontvangen")).contains("Ontvangen");
            browser.screenshot("02-studie-ontvangen");
            browser.open("/studies");
            browser.waitForText("Effecten van de wijkaanpak in Transvaal");

            browser.login("ui-secretaris", PASSWORD);
            openTask(browser, "Intake");
            browser.screenshot("03-intake");
            browser.find(By.cssSelector("input[name=decision][value=ACCEPT]")).click();
            browser.find(By.cssSelector("form button.primary")).click();
            browser.waitForText("De taak is afgerond");
            openTask(browser, "Beoordelaars toewijzen");
            browser.screenshot("04-toewijzen");
            browser.waitForText("Zelfde organisatie als de studie");
            browser.find(By.cssSelector("form button.primary")).click();
            browser.waitForText("De taak is afgerond");

            for (String reviewer : List.of("ui-beoordelaar1", "ui-beoordelaar2")) {
                browser.login(reviewer, PASSWORD);
                openTask(browser, "Studie scoren");
                assertThat(browser.all(By.tagName("iframe"))).hasSize(1);
                for (int k = 1; k <= 8; k++) {
                    browser.find(By.cssSelector("input[name=score_K" + k + "][value='4']")).click();
                }
                browser.type("comment_K1", "Goede vergelijkingswijken.");
                browser.screenshot("05-scoren-" + reviewer);
                browser.find(By.xpath("//button[contains(., 'Scores insturen')]")).click();
                browser.acceptConfirm(); // sending final scores asks first
                browser.waitForText("De taak is afgerond");
            }

            browser.login("ui-voorzitter", PASSWORD);
            WebElement verdictTask = awaitTask(browser, "Eindoordeel vaststellen");
            verdictTask.click();
            browser.screenshot("06-eindoordeel");
            browser.waitForText("Berekend eindoordeel");
            browser.find(By.cssSelector("form button.primary")).click();
            browser.waitForText("De taak is afgerond");

            browser.login("ui-indiener", PASSWORD);
            browser.open("/studies");
            browser.find(By.linkText("Effecten van de wijkaanpak in Transvaal")).click();
            assertThat(browser.waitForText("Goede vergelijkingswijken.")).contains("Beoordeeld")
                    .doesNotContain("ui-beoordelaar1");
            assertThat(browser.find(By.cssSelector("ol.stages li[aria-current=step]")).getText()).startsWith("Eindoordeel");
            assertThat(browser.find(By.cssSelector(".assessment .verdict")).getText()).isEqualTo("4 — goed");
            assertThat(browser.all(By.cssSelector(".review-block h4"))).extracting(WebElement::getText)
                    .containsExactly("Beoordelaar A", "Beoordelaar B");
            browser.screenshot("07-beoordeling-voor-indiener");
        }
    }

    private static void openTask(Browser browser, String name) {
        awaitTask(browser, name).click();
    }

    /** Tasks after an asynchronous step appear a moment later: reload "Mijn taken" until a row of that kind is there. */
    private static WebElement awaitTask(Browser browser, String name) {
        return Await.value(Duration.ofSeconds(20), "task '" + name + "'", () -> {
            browser.open("/");
            // a row names its study (the link) and its kind of task (a cell)
            return browser.all(By.xpath("//tr[td[normalize-space(.)='" + name + "']]//a")).stream().findFirst();
        });
    }

    private void people() {
        RestClient admin = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("admin", "beheer-wachtwoord-test")).build();
        for (String org : List.of("ui-gemeente", "ui-universiteit", "ui-instituut", "ui-ministerie")) {
            admin.post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("id", org, "name", "Organisatie " + org, "type", "OVERIG")).retrieve().toBodilessEntity();
        }
        user(admin, "ui-indiener", "ui-gemeente", "SUBMITTER");
        user(admin, "ui-secretaris", "ui-ministerie", "SECRETARIAT");
        user(admin, "ui-voorzitter", "ui-ministerie", "CHAIR");
        user(admin, "ui-beoordelaar1", "ui-universiteit", "REVIEWER");
        user(admin, "ui-beoordelaar2", "ui-instituut", "REVIEWER");
        user(admin, "ui-beoordelaar3", "ui-gemeente", "REVIEWER");
    }

    private static void user(RestClient admin, String id, String organisation, String role) {
        admin.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.ACCEPT_LANGUAGE, "nl")
                .body(Map.of("id", id, "name", "Persoon " + id, "email", id + "@example.nl", "password", PASSWORD,
                        "organisation", organisation, "roles", List.of(role)))
                .retrieve().toBodilessEntity();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("methodetoets-ui-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
