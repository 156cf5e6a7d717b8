package nl.methodetoets.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import nl.methodetoets.app.ReviewFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review forms in a real browser: a form that fails validation comes back with everything sent (scores, n.v.t.,
 * comments, pages, summary; the chair's changed verdict; the chosen reviewers); Enter in a field never sends final
 * scores and sending asks first; the score options are named by their anchors; the chair sees the reviews side by
 * side; and a reviewer scores a study with the keyboard alone, then rereads it on "Mijn beoordelingen".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "methodetoets.demo.enabled=false", "methodetoets.admin-password=" + ReviewFixture.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewFormsBrowserTest {
    private static final String PASSWORD = ReviewFixture.PASSWORD;
    private static final Path DATA_DIR = tempDir();

    @LocalServerPort
    int port;

    private ReviewFixture fixture;
    private Browser browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("methodetoets.data-dir", DATA_DIR::toString);
    }

    @BeforeAll
    void people() throws Exception {
        Assumptions.assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian chromium not installed");
        fixture = new ReviewFixture(port, "rf");
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aScoreFormThatFailsComesBackWithEverythingSentAndEnterNeverSends() throws Exception {
        String study = fixture.beingScored("Monitor wijkveiligheid", "MONITOR", "beoordelaar1", "beoordelaar2");
        String task = fixture.scoreTask(study, "beoordelaar1");
        browser.login(fixture.id("beoordelaar1"), PASSWORD);
        browser.open("/tasks/" + task);
        assertThat(browser.waitForText("0 van 8 criteria gescoord"))
                .contains("Uw toelichting per criterium en uw samenvatting gaan anoniem naar de indiener.");

        // a screen reader hears the level with its anchor
        assertThat(browser.find(By.id("score-K1-3")).getAccessibleName())
                .startsWith("3").contains("Voor- en nameting in interventie- en onderbouwde vergelijkingswijken");
        assertThat(browser.find(By.id("score-K1-1")).getAccessibleName()).startsWith("1").contains("Dwarsdoorsnede");

        browser.find(By.id("score-K1-nvt")).click();
        for (int k = 2; k <= 7; k++) {
            browser.find(By.id("score-K" + k + "-" + level(k))).click();
        }
        browser.type("comment_K1", "Monitor zonder vergelijkingsgroep.");
        browser.type("comment_K5", "Steekproef klein.");
        browser.type("field-pages-K2", "4, 6-7");
        browser.type("summary", "Bruikbare monitor, geen effectmeting.");
        assertThat(browser.find(By.id("score-progress")).getText()).isEqualTo("7 van 8 criteria gescoord");
        WebElement openPage = browser.find(By.id("open-page-K2"));
        assertThat(openPage.isDisplayed()).isTrue();
        assertThat(openPage.getAttribute("href")).endsWith("/studies/" + study + "/report/view#page=4");
        assertThat(openPage.getText()).isEqualTo("Open pagina 4 in het rapport");
        browser.screenshot("review-01-scoren");

        // the report stays in view beside the instrument while the reviewer scrolls through the criteria
        js("document.getElementById('field-scores-K6').scrollIntoView();");
        Number reportTop = (Number) js("return document.querySelector('iframe[name=report]').getBoundingClientRect().top;");
        Number reportBottom = (Number) js("return document.querySelector('iframe[name=report]').getBoundingClientRect().bottom;");
        assertThat(reportTop.doubleValue()).isBetween(0.0, 100.0);
        assertThat(reportBottom.doubleValue()).isGreaterThan(600.0);
        browser.screenshot("review-01b-scoren-onderaan");

        // Enter in a comment or a page field sends nothing: a form submits (or not) while the key is handled, so a
        // listener on submit tells at once; after a navigation the flag would be gone with the page
        js("window.submitted = false; document.querySelectorAll('form').forEach(f => f.addEventListener('submit', () => window.submitted = true, true));");
        browser.find(By.id("comment_K5")).sendKeys(Keys.ENTER);
        browser.find(By.id("field-pages-K2")).sendKeys(Keys.ENTER);
        browser.find(By.id("score-K3-" + level(3))).sendKeys(Keys.ENTER);
        assertThat(js("return window.submitted === false;")).isEqualTo(true);
        assertThat(browser.path()).isEqualTo("/tasks/" + task);

        // sending asks first and says what happens; cancelling sends nothing
        js("window.stillHere = true;");
        browser.find(By.cssSelector("button[data-send-scores]")).click();
        Alert confirm = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).contains("Uw scores worden definitief").contains("u kunt ze daarna niet meer wijzigen");
        confirm.dismiss();
        assertThat(js("return window.stillHere === true;")).isEqualTo(true);

        browser.find(By.cssSelector("button[data-send-scores]")).click();
        browser.acceptConfirm();
        browser.waitForText("K8: geef een score.");
        browser.screenshot("review-02-scoren-fout");

        WebElement active = browser.driver().switchTo().activeElement();
        assertThat(active.getAttribute("data-error-summary")).as("the error summary has focus").isNotNull();
        assertThat(browser.find(By.cssSelector("[data-error-summary] a")).getAttribute("href")).endsWith("#field-scores-K8");
        WebElement k8 = browser.find(By.id("field-scores-K8"));
        assertThat(k8.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(k8.getAttribute("aria-describedby")).isEqualTo("error-scores-K8");
        assertThat(browser.find(By.id("error-scores-K8")).getText()).isEqualTo("K8: geef een score.");
        assertThat(browser.find(By.id("field-scores-K7")).getAttribute("aria-invalid")).isNull();

        assertThat(browser.find(By.id("score-K1-nvt")).isSelected()).isTrue();
        for (int k = 2; k <= 7; k++) {
            assertThat(browser.find(By.id("score-K" + k + "-" + level(k))).isSelected()).as("K" + k).isTrue();
        }
        assertThat(value("comment_K1")).isEqualTo("Monitor zonder vergelijkingsgroep.");
        assertThat(value("comment_K5")).isEqualTo("Steekproef klein.");
        assertThat(value("field-pages-K2")).isEqualTo("4, 6-7");
        assertThat(value("summary")).isEqualTo("Bruikbare monitor, geen effectmeting.");
        assertThat(browser.find(By.id("score-progress")).getText()).isEqualTo("7 van 8 criteria gescoord");
        assertThat(browser.find(By.id("open-page-K2")).getAttribute("href")).endsWith("#page=4");

        browser.find(By.id("score-K8-2")).click();
        browser.find(By.cssSelector("button[data-send-scores]")).click();
        browser.acceptConfirm();
        browser.waitForText("De taak is afgerond");
    }

    @Test
    void aChangedVerdictWithoutMotivationComesBackChangedBesideTheReviewsSideBySide() throws Exception {
        String study = fixture.awaitingVerdict("Verdict naast elkaar");
        String task = fixture.verdictTask(study);
        browser.login(fixture.id("voorzitter"), PASSWORD);
        browser.open("/tasks/" + task);
        String page = browser.waitForText("Berekend eindoordeel");
        assertThat(page).contains("Persoon rf-beoordelaar1", "Persoon rf-beoordelaar2", "Sterke vergelijkingswijken.",
                "Goede nulmeting.", "p. 2", "Degelijk.", "Overtuigend.");
        assertThat(browser.all(By.cssSelector("a[href$='/studies/" + study + "/report']"))).isNotEmpty();
        List<String> header = browser.all(By.cssSelector("table.side-by-side thead th")).stream().map(WebElement::getText).toList();
        assertThat(header).containsExactly("Criterium", "Persoon rf-beoordelaar1", "Persoon rf-beoordelaar2",
                "Geconsolideerde score");
        boolean exemplary = browser.find(By.id("field-exemplary")).isSelected();
        String computed = new Select(browser.find(By.id("field-verdict"))).getFirstSelectedOption().getAttribute("value");
        String changed = "4".equals(computed) ? "2" : "4";
        new Select(browser.find(By.id("field-verdict"))).selectByValue(changed);
        browser.screenshot("review-03-eindoordeel");
        browser.find(By.cssSelector("form button.primary")).click();

        browser.waitForText("Motivering: motiveer waarom u afwijkt");
        browser.screenshot("review-04-eindoordeel-fout");
        assertThat(new Select(browser.find(By.id("field-verdict"))).getFirstSelectedOption().getAttribute("value"))
                .as("the chair's changed verdict, not the computed one").isEqualTo(changed);
        assertThat(browser.find(By.id("field-exemplary")).isSelected()).isEqualTo(exemplary);
        WebElement motivation = browser.find(By.id("field-motivation"));
        assertThat(motivation.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(motivation.getAttribute("aria-describedby")).contains("error-motivation");
        assertThat(browser.find(By.cssSelector("[data-error-summary] a")).getAttribute("href")).endsWith("#field-motivation");

        browser.type("field-motivation", "De vergelijkingswijken zijn zwakker dan de scores doen vermoeden.");
        browser.find(By.cssSelector("form button.primary")).click();
        browser.waitForText("De taak is afgerond");
    }

    @Test
    void aConsensusThatFailsComesBackWithTheAgreedScoresBesideTheReviews() throws Exception {
        String study = fixture.awaitingConsensus("Consensus naast elkaar");
        String task = fixture.consensusTask(study);
        browser.login(fixture.id("voorzitter"), PASSWORD);
        browser.open("/tasks/" + task);
        assertThat(browser.waitForText("Afgesproken score"))
                .contains("Persoon rf-beoordelaar1", "Persoon rf-beoordelaar2", "Uitval niet besproken.", "p. 5-6", "Zwak.", "Sterk.");
        for (int k = 1; k <= 7; k++) {
            new Select(browser.find(By.id("field-scores-K" + k))).selectByValue(String.valueOf(level(k)));
        }
        browser.screenshot("review-05-consensus");
        browser.find(By.cssSelector("form button.primary")).click();

        browser.waitForText("K8: geef een score.");
        for (int k = 1; k <= 7; k++) {
            assertThat(new Select(browser.find(By.id("field-scores-K" + k))).getFirstSelectedOption().getAttribute("value"))
                    .as("K" + k).isEqualTo(String.valueOf(level(k)));
        }
        assertThat(browser.find(By.id("field-scores-K8")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("field-rationale")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void assigningAReviewerWithAConflictKeepsTheOtherChoices() throws Exception {
        String study = fixture.awaitingAssignment("Toewijzing blijft staan", "EFFECT");
        String task = fixture.assignTask(study);
        browser.login(fixture.id("secretaris"), PASSWORD);
        browser.open("/tasks/" + task);
        browser.waitForText("Toewijzen");
        for (WebElement box : browser.all(By.cssSelector("input[name=reviewers]:checked"))) {
            box.click();
        }
        browser.find(By.id("r-" + fixture.id("beoordelaar3"))).click();
        browser.find(By.id("r-" + fixture.id("beoordelaar4"))).click();
        fixture.declareConflictWithStudies("beoordelaar3"); // meanwhile: the page is out of date
        browser.find(By.cssSelector("form button.primary")).click();

        browser.waitForText("rf-beoordelaar3 heeft belangenverstrengeling met deze studie.");
        browser.screenshot("review-06-toewijzen-fout");
        List<String> checked = browser.all(By.cssSelector("input[name=reviewers]:checked")).stream()
                .map(box -> box.getAttribute("id")).toList();
        assertThat(checked).as("the secretary's choice, not a new proposal").containsExactly("r-" + fixture.id("beoordelaar4"));
        assertThat(browser.find(By.id("r-" + fixture.id("beoordelaar3"))).isEnabled()).isFalse();
        assertThat(browser.find(By.id("r-" + fixture.id("beoordelaar4"))).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.cssSelector("[data-error-summary] a")).getAttribute("href")).endsWith("#field-reviewers");
        assertThat(browser.all(By.id("field-reviewers"))).hasSize(1);
    }

    /** Tab, Space, arrow keys, typing and Enter only: no clicks from the task list to "Mijn beoordelingen". */
    @Test
    void aReviewerScoresAStudyWithTheKeyboardAloneAndRereadsIt() throws Exception {
        String study = fixture.beingScored("Toetsenbordstudie Schilderswijk", "EFFECT", "beoordelaar2", "beoordelaar4");
        String task = fixture.scoreTask(study, "beoordelaar2");
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        browser.open("/login"); // the user name field has autofocus
        keys(fixture.id("beoordelaar2"), Keys.TAB, PASSWORD, Keys.ENTER);
        browser.waitForText("Mijn taken");

        tabTo("the task link", e -> "a".equals(e.getTagName()) && String.valueOf(e.getAttribute("href")).endsWith("/tasks/" + task));
        keys(Keys.ENTER);
        browser.waitForText("0 van 8 criteria gescoord");

        for (int k = 1; k <= 8; k++) {
            String name = "score_K" + k;
            tabTo("the first option of K" + k, e -> name.equals(e.getAttribute("name")));
            keys(Keys.SPACE);
            for (int step = 1; step < level(k); step++) {
                keys(Keys.ARROW_DOWN);
            }
            if (k == 1) {
                keys(Keys.TAB);
                assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("comment_K1");
                keys("Heldere vergelijkingswijken.", Keys.TAB);
                assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("field-pages-K1");
                keys("2");
            }
        }
        for (int k = 1; k <= 8; k++) {
            assertThat(browser.find(By.id("score-K" + k + "-" + level(k))).isSelected()).as("K" + k).isTrue();
        }
        assertThat(browser.find(By.id("score-progress")).getText()).isEqualTo("8 van 8 criteria gescoord");
        tabTo("the summary", e -> "summary".equals(e.getAttribute("id")));
        keys("Degelijke studie met een goede nulmeting.");
        browser.screenshot("review-07-toetsenbord");
        tabTo("the send button", e -> e.getAttribute("data-send-scores") != null);
        keys(Keys.ENTER);
        assertThat(browser.acceptConfirm()).contains("definitief");
        browser.waitForText("De taak is afgerond");

        tabTo("Mijn beoordelingen", e -> String.valueOf(e.getAttribute("href")).endsWith("/reviews"));
        keys(Keys.ENTER);
        browser.waitForText("U ziet alleen uw eigen beoordeling.");
        tabTo("the study", e -> String.valueOf(e.getAttribute("href")).endsWith("/reviews/" + study));
        keys(Keys.ENTER);
        String review = browser.waitForText("Heldere vergelijkingswijken.");
        browser.screenshot("review-08-mijn-beoordeling");
        assertThat(review).contains("Toetsenbordstudie Schilderswijk", "Degelijke studie met een goede nulmeting.",
                "4 — Quasi-toevallige variatie benut", "3 — ");
        assertThat(browser.find(By.xpath("//tr[th[starts-with(., 'K1 ')]]/td[3]")).getText()).isEqualTo("2");

        // another reviewer's review is not there to read
        browser.open("/reviews/" + fixture.awaitingVerdict("Niet de mijne"));
        assertThat(browser.text()).doesNotContain("Sterke vergelijkingswijken.", "Degelijk.");
    }

    /** The level each test chooses for criterion k. */
    private static int level(int k) {
        return k == 3 ? 3 : k % 2 == 0 ? 3 : 4;
    }

    private void keys(CharSequence... keys) {
        Actions actions = new Actions(browser.driver());
        for (CharSequence key : keys) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    /** Presses Tab until the focused element matches; fails after 200 presses. */
    private WebElement tabTo(String what, Predicate<WebElement> match) {
        WebDriver driver = browser.driver();
        for (int i = 0; i < 200; i++) {
            keys(Keys.TAB);
            WebElement active = driver.switchTo().activeElement();
            if (match.test(active)) {
                return active;
            }
        }
        return fail("Tab never reached " + what);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private String value(String id) {
        return browser.find(By.id(id)).getAttribute("value").strip();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("methodetoets-review-ui-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
