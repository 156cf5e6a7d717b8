package nl.methodetoets.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.methodetoets.app.BrowserScenario;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The strict Content-Security-Policy of the UI ({@code script-src 'self'; style-src 'self'}, no inline script or
 * style) breaks nothing: headless Chromium opens the main pages of every role, and no page reports a violation
 * (a {@code securitypolicyviolation} listener installed in every document before its own scripts run, and the
 * console's "Refused to ..." messages). Swagger UI and Cockpit, with their own policies, still load. Screenshots
 * of each page land in target/screenshots/csp-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "methodetoets.demo.enabled=false", "methodetoets.admin-password=" + ContentSecurityPolicyBrowserTest.ADMIN_PASSWORD})
class ContentSecurityPolicyBrowserTest {
    static final String ADMIN_PASSWORD = "beheer-wachtwoord-csp";
    private static final Path DATA_DIR = tempDir();
    private static final String SUBMITTER = "csp-indiener";
    private static final String SECRETARIAT = "csp-secretaris";
    private static final String CHAIR = "csp-voorzitter";
    private static final String R1 = "csp-beoordelaar1";
    private static final String R2 = "csp-beoordelaar2";
    private static final int YEAR = 2014;
    private static final String LISTENER = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                e.violatedDirective + ' blocked=' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber
                + ' sample=' + e.sample));
            """;

    @LocalServerPort
    int port;

    private final List<String> found = new ArrayList<>();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("methodetoets.data-dir", DATA_DIR::toString);
    }

    @Test
    void noPageOfAnyRoleViolatesThePolicy() throws Exception {
        Assumptions.assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian chromium not installed");
        BrowserScenario api = new BrowserScenario(port, ADMIN_PASSWORD)
                .organisations("csp-gemeente", "csp-universiteit", "csp-instituut", "csp-ministerie")
                .user(SUBMITTER, "csp-gemeente", "SUBMITTER").user(SECRETARIAT, "csp-ministerie", "SECRETARIAT")
                .user(CHAIR, "csp-ministerie", "CHAIR").user(R1, "csp-universiteit", "REVIEWER")
                .user(R2, "csp-instituut", "REVIEWER");
        String atIntake = api.submit(SUBMITTER, "Beleid bij de intake", "csp-gemeente");
        String toScore = api.submit(SUBMITTER, "Beleid bij het scoren", "csp-gemeente");
        String toDecide = api.submit(SUBMITTER, "Beleid bij het eindoordeel", "csp-gemeente");
        String assessed = api.submit(SUBMITTER, "Beleid na het eindoordeel", "csp-gemeente");
        for (String study : List.of(toScore, toDecide, assessed)) {
            api.accept(SECRETARIAT, study);
            api.assign(SECRETARIAT, study, List.of(R1, R2));
        }
        for (String study : List.of(toDecide, assessed)) {
            api.score(R1, study, 4);
            api.score(R2, study, 4);
        }
        api.takeComputedVerdict(CHAIR, assessed);

        try (Browser browser = new Browser(port)) {
            ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
            browser.open("/login");
            selfCheck(browser);
            browser.open("/login");
            check(browser, "login");

            browser.login(SUBMITTER, BrowserScenario.PASSWORD);
            check(browser, "home-submitter");
            browser.open("/studies");
            check(browser, "studies-submitter");
            browser.open("/studies/" + atIntake);
            check(browser, "study-at-intake");
            browser.open("/studies/" + assessed);
            check(browser, "study-assessed");
            browser.open("/studies/new");
            check(browser, "submit-form");
            browser.open("/does-not-exist");
            check(browser, "not-found");

            browser.login(SECRETARIAT, BrowserScenario.PASSWORD);
            check(browser, "home-secretariat");
            browser.open("/intake");
            check(browser, "intake-queue");
            browser.open("/tasks/" + api.intakeTask(SECRETARIAT, atIntake));
            check(browser, "intake-task");
            browser.open("/studies?year=" + YEAR);
            check(browser, "studies-search");
            browser.open("/review/workload");
            check(browser, "workload");

            browser.login(R1, BrowserScenario.PASSWORD);
            check(browser, "home-reviewer");
            browser.open("/tasks/" + api.scoreTask(R1, toScore));
            check(browser, "score-form");
            browser.open("/reviews");
            check(browser, "own-reviews");
            browser.open("/conflicts");
            check(browser, "conflicts");

            browser.login(CHAIR, BrowserScenario.PASSWORD);
            check(browser, "home-chair");
            browser.open("/tasks/" + api.task(CHAIR, "VERDICT", toDecide));
            check(browser, "verdict");

            browser.login(SECRETARIAT, BrowserScenario.PASSWORD);
            browser.open("/advice");
            check(browser, "advice-rounds-empty");
            api.startRound(SECRETARIAT, YEAR);
            String draft = api.adviceTask(SECRETARIAT, "DRAFT_ADVICE", YEAR);
            browser.open("/tasks/" + draft);
            check(browser, "draft-advice");
            api.complete(SECRETARIAT, draft, Map.of("conclusions", "Goed.", "recommendations", "Meer."));
            browser.open("/advice");
            check(browser, "advice-rounds");

            browser.login(CHAIR, BrowserScenario.PASSWORD);
            browser.open("/tasks/" + api.adviceTask(CHAIR, "APPROVE_ADVICE", YEAR));
            check(browser, "approve-advice");
            browser.open("/advice/" + YEAR);
            check(browser, "statistics");

            browser.login("admin", ADMIN_PASSWORD);
            check(browser, "home-admin");
            browser.open("/admin/outbox");
            check(browser, "outbox");
            // not our pages, with policies of their own: they must still work
            browser.open("/swagger-ui.html");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector(".swagger-ui .info .title")).isEmpty());
            check(browser, "swagger-ui");
            browser.open("/camunda/app/cockpit/default/");
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(40))
                        .until(d -> browser.text().contains("Process Definitions")); // the dashboard of a signed-in user
            } finally {
                browser.screenshot("csp-cockpit");
            }
            browser.driver().manage().logs().get(LogType.BROWSER); // Cockpit's own console is not ours to judge
        }
        assertThat(found).as("Content-Security-Policy violations:\n" + String.join("\n", found)).isEmpty();
    }

    /** The listener and the console check see a violation when there is one: an inline script added to the page. */
    private void selfCheck(Browser browser) {
        waitUntilLoaded(browser);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const s = document.createElement('script'); s.textContent = 'window.__inlineRan = true';"
                        + " document.body.appendChild(s);");
        List<String> violations = new ArrayList<>();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> {
            violations.addAll(violations(browser));
            return !violations.isEmpty();
        });
        assertThat(violations).anyMatch(v -> v.startsWith("script-src"));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__inlineRan === true")).isEqualTo(false);
    }

    private void check(Browser browser, String page) throws java.io.IOException {
        waitUntilLoaded(browser);
        // let late work (deferred scripts, the report frame) happen
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        violations(browser).forEach(v -> found.add(page + " (" + browser.path() + "): " + v));
        browser.screenshot("csp-" + page);
    }

    /** What the listener collected in the page and its frames, plus the console's CSP messages since the last call. */
    @SuppressWarnings("unchecked")
    private static List<String> violations(Browser browser) {
        List<String> all = new ArrayList<>();
        Object inPage = ((JavascriptExecutor) browser.driver()).executeScript("""
                const all = [].concat(window.__cspViolations || []);
                for (const f of document.querySelectorAll('iframe')) {
                  try { all.push(...(f.contentWindow.__cspViolations || [])); } catch (e) { /* another origin */ }
                }
                window.__cspViolations = [];
                return all;""");
        all.addAll((List<String>) inPage);
        for (LogEntry entry : browser.driver().manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Refused to")) {
                all.add("console: " + message);
            }
        }
        return all;
    }

    private static void waitUntilLoaded(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("methodetoets-csp-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
