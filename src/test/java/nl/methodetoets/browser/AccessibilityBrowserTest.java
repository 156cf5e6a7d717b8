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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * axe-core (WCAG 2.1 A and AA) over every page of each role's main path, on fresh data set up through the API:
 * login, each role's home, the submitter's studies and study page (also after the verdict), the submit form, the
 * intake queue and task, assigning reviewers, scoring, consensus, verdict, the advice draft and approval, the rounds
 * and statistics, workload, conflicts and the outbox; every form also in its error state. Fails on any violation,
 * listing all of them (page, rule, impact, element).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "methodetoets.demo.enabled=false", "methodetoets.admin-password=" + AccessibilityBrowserTest.ADMIN_PASSWORD})
class AccessibilityBrowserTest {
    static final String ADMIN_PASSWORD = "beheer-wachtwoord-a11y";
    private static final Path DATA_DIR = tempDir();
    private static final String SUBMITTER = "a11y-indiener";
    private static final String SECRETARIAT = "a11y-secretaris";
    private static final String CHAIR = "a11y-voorzitter";
    private static final String R1 = "a11y-beoordelaar1";
    private static final String R2 = "a11y-beoordelaar2";
    private static final int YEAR = 2014;

    @LocalServerPort
    int port;

    private final List<String> found = new ArrayList<>();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("methodetoets.data-dir", DATA_DIR::toString);
    }

    @Test
    void everyPageOfEveryRolesMainPathPassesAxe() throws Exception {
        Assumptions.assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian chromium not installed");
        BrowserScenario api = new BrowserScenario(port, ADMIN_PASSWORD)
                .organisations("a11y-gemeente", "a11y-universiteit", "a11y-instituut", "a11y-ministerie")
                .user(SUBMITTER, "a11y-gemeente", "SUBMITTER").user(SECRETARIAT, "a11y-ministerie", "SECRETARIAT")
                .user(CHAIR, "a11y-ministerie", "CHAIR").user(R1, "a11y-universiteit", "REVIEWER")
                .user(R2, "a11y-instituut", "REVIEWER");
        String atIntake = api.submit(SUBMITTER, "Toegankelijk bij de intake", "a11y-gemeente");
        String toAssign = api.submit(SUBMITTER, "Toegankelijk bij het toewijzen", "a11y-gemeente");
        String toScore = api.submit(SUBMITTER, "Toegankelijk bij het scoren", "a11y-gemeente");
        String toAgree = api.submit(SUBMITTER, "Toegankelijk bij de consensus", "a11y-gemeente");
        String toDecide = api.submit(SUBMITTER, "Toegankelijk bij het eindoordeel", "a11y-gemeente");
        String assessed = api.submit(SUBMITTER, "Toegankelijk na het eindoordeel", "a11y-gemeente");
        api.accept(SECRETARIAT, toAssign);
        for (String study : List.of(toScore, toAgree, toDecide, assessed)) {
            api.accept(SECRETARIAT, study);
            api.assign(SECRETARIAT, study, List.of(R1, R2));
        }
        api.score(R1, toAgree, 1);
        api.score(R2, toAgree, 5);
        for (String study : List.of(toDecide, assessed)) {
            api.score(R1, study, 4);
            api.score(R2, study, 4);
        }
        api.takeComputedVerdict(CHAIR, assessed);

        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            // the check itself works: an image without a text alternative is found
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.body.appendChild(Object.assign(document.createElement('img'), {src: '/favicon.ico'}))");
            assertThat(Axe.violations(browser.driver(), List.of())).anyMatch(v -> v.startsWith("image-alt [critical] img"));
            browser.open("/login");
            check(browser, "login");

            browser.login(SUBMITTER, BrowserScenario.PASSWORD);
            check(browser, "home (submitter)");
            browser.open("/studies");
            check(browser, "studies (submitter)");
            browser.open("/studies/" + atIntake);
            check(browser, "study page at intake (submitter)");
            browser.open("/studies/" + assessed);
            check(browser, "study page after the verdict (submitter)");
            browser.open("/studies/new");
            check(browser, "submit form");
            submit(browser, By.cssSelector("form button.primary"));
            checkError(browser, "submit form, sent empty");

            browser.login(SECRETARIAT, BrowserScenario.PASSWORD);
            check(browser, "home (secretariat)");
            browser.open("/intake");
            check(browser, "intake queue");
            browser.open("/tasks/" + api.intakeTask(SECRETARIAT, atIntake));
            check(browser, "intake task");
            browser.find(By.cssSelector("input[name=decision][value=REQUEST_COMPLETION]")).click();
            submit(browser, By.cssSelector("form button.primary"));
            checkError(browser, "intake task, completion asked without remarks");
            browser.open("/tasks/" + api.assignTask(SECRETARIAT, toAssign));
            check(browser, "assign reviewers");
            browser.open("/review/workload");
            check(browser, "workload");

            browser.login(R1, BrowserScenario.PASSWORD);
            check(browser, "home (reviewer)");
            browser.open("/tasks/" + api.scoreTask(R1, toScore));
            check(browser, "score form");
            submit(browser, By.xpath("//form//button[contains(@class, 'primary')]"));
            checkError(browser, "score form, sent without scores");
            browser.open("/conflicts");
            check(browser, "conflicts");

            browser.login(CHAIR, BrowserScenario.PASSWORD);
            check(browser, "home (chair)");
            browser.open("/tasks/" + api.task(CHAIR, "CONSENSUS", toAgree));
            check(browser, "consensus");
            submit(browser, By.cssSelector("form button.primary"));
            checkError(browser, "consensus, sent without rationale");
            browser.open("/tasks/" + api.task(CHAIR, "VERDICT", toDecide));
            check(browser, "verdict");
            Select verdict = new Select(browser.find(By.name("verdict")));
            verdict.selectByValue("4".equals(verdict.getFirstSelectedOption().getAttribute("value")) ? "2" : "4");
            submit(browser, By.cssSelector("form button.primary"));
            checkError(browser, "verdict, changed without motivation");

            api.startRound(SECRETARIAT, YEAR);
            browser.login(SECRETARIAT, BrowserScenario.PASSWORD);
            String draft = api.adviceTask(SECRETARIAT, "DRAFT_ADVICE", YEAR);
            browser.open("/tasks/" + draft);
            check(browser, "draft advice");
            api.complete(SECRETARIAT, draft, Map.of("conclusions", "Goed.", "recommendations", "Meer."));
            browser.open("/advice");
            check(browser, "advice rounds");

            browser.login(CHAIR, BrowserScenario.PASSWORD);
            browser.open("/tasks/" + api.adviceTask(CHAIR, "APPROVE_ADVICE", YEAR));
            check(browser, "approve advice");
            browser.find(By.cssSelector("input[name=approved][value=false]")).click();
            submit(browser, By.cssSelector("form button.primary"));
            checkError(browser, "approve advice, sent back without remarks");
            browser.open("/advice/" + YEAR);
            check(browser, "statistics (chair, with calibration)");
            browser.screenshot("a11y-statistics");
            // a year is never grouped, numbers have a decimal comma in Dutch and a point in English
            assertThat(browser.text()).contains("Cijfers " + YEAR).contains("0,800").doesNotContain("2.014");
            browser.open("/advice/" + YEAR + "?lang=en");
            check(browser, "statistics in English");
            assertThat(browser.text()).contains(String.valueOf(YEAR)).contains("0.800").doesNotContain("0,800")
                    .doesNotContain("2,014");
            browser.open("/advice/" + YEAR + "?lang=nl");

            // issue 11: the round published, its public register as anyone sees it (no session is used there)
            api.complete(CHAIR, api.adviceTask(CHAIR, "APPROVE_ADVICE", YEAR), Map.of("approved", true));
            nl.methodetoets.testing.Await.until(Duration.ofSeconds(60), "the round to be published", () -> {
                browser.open("/openbaar/" + YEAR);
                return !browser.all(By.cssSelector("table.register-studies")).isEmpty();
            });
            check(browser, "public register: the year");
            browser.open("/openbaar");
            check(browser, "public register");
            browser.open("/openbaar/" + YEAR + "/studies/" + assessed);
            check(browser, "public register: a study");

            browser.login("admin", ADMIN_PASSWORD);
            check(browser, "home (admin)");
            browser.open("/admin/outbox");
            check(browser, "outbox");
            // Cockpit opens with the app's own sign-in (not checked by axe: not our pages)
            browser.open("/camunda/app/cockpit/default/");
            browser.waitForText("Process Definitions", Duration.ofSeconds(40)); // Cockpit's dashboard, shown only to a signed-in user
            browser.screenshot("a11y-cockpit-as-admin");
            assertThat(browser.all(By.cssSelector("input[name=username], input#inputUsername"))).isEmpty();
        }
        assertThat(found).as("axe-core WCAG 2.1 A/AA violations:\n" + String.join("\n", found)).isEmpty();
    }

    /** As {@link #check}, on a page that must show the form's error state (the summary of what is wrong). */
    private void checkError(Browser browser, String page) {
        waitUntilLoaded(browser);
        assertThat(browser.all(By.cssSelector(".alert.error, [data-error-summary]"))).as(page + ": the error state")
                .isNotEmpty();
        check(browser, page);
    }

    /** Collects the page's violations (all pages are checked before the test fails). */
    private void check(Browser browser, String page) {
        check(browser, page, List.of());
    }

    private void check(Browser browser, String page, List<String> disabledRules) {
        waitUntilLoaded(browser);
        Axe.violations(browser.driver(), disabledRules).forEach(v -> found.add(page + ": " + v));
    }

    /**
     * Clicks a submit button, accepts a confirmation if the page asks for one, and waits for the next page. The
     * browser's own checks of required fields are switched off first: the page under test is the server's answer.
     */
    private static void submit(Browser browser, By button) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.querySelectorAll('form').forEach(f => f.noValidate = true)");
        WebElement html = browser.find(By.tagName("html"));
        browser.find(button).click();
        try {
            browser.driver().switchTo().alert().accept();
        } catch (NoAlertPresentException e) {
            // no confirmation on this form
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> isGone(html));
    }

    /** Whether the element belongs to a page that has been replaced ({@link Browser#fromAReplacedPage}). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (Browser.fromAReplacedPage(e)) {
                return true;
            }
            throw e;
        }
    }

    private static void waitUntilLoaded(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("methodetoets-a11y-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
