package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.methodetoets.browser.Browser;
import nl.methodetoets.demo.DemoReports;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 9, "wrong decisions and lost input", in real Chromium: a form that fails validation comes back with what
 * was sent (the chosen decision, the typed texts, the ticked boxes; a file field says to choose the file again), no
 * decision is chosen beforehand, the secretariat stays in the intake queue, and every error is reachable: focus on
 * the summary, the summary links to the field, the field carries aria-invalid and aria-describedby to its message,
 * which names the field. Irreversible actions (approve and publish, withdraw) ask first and say what happens.
 * Lives next to the app tests to set up its data with {@link Scenario} in their shared context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormsKeepInputBrowserTest extends ApplicationTestBase {
    private static final String SUBMITTER = "fk-indiener";
    private static final String SECRETARIAT = "fk-secretaris";
    private static final String CHAIR = "fk-voorzitter";

    @BeforeAll
    void people() {
        Scenario.organisation(admin(), "fk-gemeente");
        Scenario.organisation(admin(), "fk-opdrachtgever");
        Scenario.user(admin(), SUBMITTER, "fk-gemeente", "SUBMITTER");
        Scenario.user(admin(), SECRETARIAT, "fk-opdrachtgever", "SECRETARIAT");
        Scenario.user(admin(), CHAIR, "fk-opdrachtgever", "CHAIR");
    }

    @BeforeEach
    void chromium() {
        Assumptions.assumeTrue(Browser.available() || System.getenv("CI") != null, "Debian chromium not installed");
    }

    @Test
    void anIntakeRequestForCompletionWithoutRemarksComesBackAsChosenAndAcceptsNothing() throws Exception {
        String id = submit("Formulieren: aanvullen zonder toelichting");
        String task = as(SECRETARIAT).awaitTask("INTAKE", id).get("id").asText();
        try (Browser browser = new Browser(port)) {
            browser.login(SECRETARIAT, Scenario.PASSWORD);
            browser.open("/tasks/" + task);
            assertThat(browser.all(By.cssSelector("input[name=decision]:checked"))).as("no decision chosen beforehand").isEmpty();
            browser.find(By.cssSelector("input[name=decision][value=REQUEST_COMPLETION]")).click();
            browser.find(By.name("possibleExample")).click();
            browser.find(By.cssSelector("form button.primary")).click();

            browser.waitForText("Niet alle velden zijn goed ingevuld");
            browser.screenshot("forms-01-intake-zonder-toelichting");
            assertThat(browser.path()).isEqualTo("/tasks/" + task);
            assertThat(checked(browser, "decision")).containsExactly("REQUEST_COMPLETION");
            assertThat(browser.find(By.name("possibleExample")).isSelected()).isTrue();
            assertFieldError(browser, "remarks", "Toelichting: ");
        }
        assertThat(as(SUBMITTER).get("/api/studies/" + id).json().get("status").asText()).isEqualTo("IN_INTAKE");
    }

    @Test
    void aFailedDecisionInTheIntakeQueueStaysInTheQueueWithItsChoiceInItsOwnBlock() throws Exception {
        String id = submit("Formulieren: wachtrij afwijzen zonder reden");
        String other = submit("Formulieren: wachtrij de andere studie");
        String task = as(SECRETARIAT).awaitTask("INTAKE", id).get("id").asText();
        String otherTask = as(SECRETARIAT).awaitTask("INTAKE", other).get("id").asText();
        try (Browser browser = new Browser(port)) {
            browser.login(SECRETARIAT, Scenario.PASSWORD);
            browser.open("/intake");
            WebElement block = browser.find(By.id("task-" + task));
            assertThat(block.findElements(By.cssSelector("input[name=decision]:checked"))).isEmpty();
            block.findElement(By.cssSelector("input[name=decision][value=REJECT]")).click();
            block.findElement(By.cssSelector("button.primary")).click();

            browser.waitForText("Niet alle velden zijn goed ingevuld");
            browser.screenshot("forms-02-wachtrij-afwijzen-zonder-reden");
            assertThat(browser.path()).isEqualTo("/intake");
            block = browser.find(By.id("task-" + task));
            assertThat(block.findElements(By.cssSelector("input[name=decision]:checked")).stream()
                    .map(e -> e.getAttribute("value")).toList()).containsExactly("REJECT");
            assertThat(block.findElements(By.cssSelector("[data-error-summary]"))).hasSize(1);
            assertFieldError(browser, "remarks", "Toelichting: ");
            WebElement untouched = browser.find(By.id("task-" + otherTask));
            assertThat(untouched.findElements(By.cssSelector("input[name=decision]:checked"))).isEmpty();
            assertThat(untouched.findElements(By.cssSelector("[aria-invalid=true], .field-error"))).isEmpty();
        }
        assertThat(as(SUBMITTER).get("/api/studies/" + id).json().get("status").asText()).isEqualTo("IN_INTAKE");
    }

    @Test
    void aFailedSubmissionKeepsEveryFieldAndAsksForTheFileAgain() throws Exception {
        Path pdf = Files.createTempFile("mijn-rapport-", ".pdf");
        Files.write(pdf, DemoReports.pdf("Formulieren: indienen", 2));
        try (Browser browser = new Browser(port)) {
            browser.login(SUBMITTER, Scenario.PASSWORD);
            browser.open("/studies/new");
            assertThat(browser.all(By.cssSelector("#field-commissionedBy option")).stream().map(o -> o.getAttribute("value")).toList())
                    .as("the system's own administrative organisation is never offered")
                    .contains("fk-opdrachtgever").doesNotContain("methodetoets-beheer");
            browser.type("field-title", "Formulieren: indienen met een fout jaar");
            browser.type("field-authors", "A. Onderzoeker\nB. Analist");
            browser.find(By.cssSelector("#field-commissionedBy option[value=fk-opdrachtgever]")).click();
            browser.type("field-year", "1999");
            browser.find(By.cssSelector("#field-studyType option[value=PROCESS]")).click();
            browser.type("field-wijken", "Transvaal\nSchilderswijk");
            browser.find(By.cssSelector("input[name=themes][value=VEILIGHEID]")).click();
            browser.find(By.cssSelector("input[name=themes][value=WONEN]")).click();
            browser.type("field-summary", "Een samenvatting die blijft.");
            browser.find(By.id("field-report")).sendKeys(pdf.toString());
            browser.find(By.cssSelector("form button.primary")).click();

            browser.waitForText("Niet alle velden zijn goed ingevuld");
            browser.screenshot("forms-03-indienen-fout-jaar");
            assertThat(browser.find(By.id("field-title")).getAttribute("value")).isEqualTo("Formulieren: indienen met een fout jaar");
            assertThat(browser.find(By.id("field-authors")).getAttribute("value")).isEqualTo("A. Onderzoeker\nB. Analist");
            assertThat(browser.find(By.id("field-commissionedBy")).getAttribute("value")).isEqualTo("fk-opdrachtgever");
            assertThat(browser.find(By.id("field-year")).getAttribute("value")).isEqualTo("1999");
            assertThat(browser.find(By.id("field-studyType")).getAttribute("value")).isEqualTo("PROCESS");
            assertThat(browser.find(By.id("field-wijken")).getAttribute("value")).isEqualTo("Transvaal\nSchilderswijk");
            assertThat(checked(browser, "themes")).containsExactlyInAnyOrder("VEILIGHEID", "WONEN");
            assertThat(browser.find(By.id("field-summary")).getAttribute("value")).isEqualTo("Een samenvatting die blijft.");
            assertThat(browser.find(By.id("again-report")).getText()).contains(pdf.getFileName().toString())
                    .contains("Kies het bestand opnieuw");
            assertThat(browser.find(By.id("field-report")).getAttribute("aria-describedby")).contains("again-report");
            assertFieldError(browser, "year", "Jaar: ");
        }
        assertThat(as(SUBMITTER).get("/api/studies?q=fout%20jaar").json().size()).isZero();
    }

    @Test
    void theCompletionIsOneFormThatKeepsTheRemarksAndThenUploadsAndCompletesInOneStep() throws Exception {
        String id = submit("Formulieren: aanvullen in één stap");
        as(SECRETARIAT).post("/api/tasks/" + as(SECRETARIAT).awaitTask("INTAKE", id).get("id").asText() + "/complete",
                Map.of("decision", "REQUEST_COMPLETION", "remarks", "Voeg de responsanalyse toe."));
        String task = as(SUBMITTER).awaitTask("COMPLETE_SUBMISSION", id).get("id").asText();
        Path notPdf = Files.createTempFile("aanvulling-", ".pdf");
        Files.writeString(notPdf, "Dit is geen PDF.", StandardCharsets.UTF_8);
        Path pdf = Files.createTempFile("versie-2-", ".pdf");
        Files.write(pdf, DemoReports.pdf("Versie 2", 4));
        try (Browser browser = new Browser(port)) {
            browser.login(SUBMITTER, Scenario.PASSWORD);
            browser.open("/tasks/" + task);
            assertThat(browser.all(By.cssSelector("form[enctype='multipart/form-data']"))).as("one form").hasSize(1);
            browser.type("field-remarks", "Responsanalyse in hoofdstuk 4.");
            browser.find(By.id("field-report")).sendKeys(notPdf.toString());
            browser.find(By.cssSelector("form button.primary")).click();

            browser.waitForText("Niet alle velden zijn goed ingevuld");
            browser.screenshot("forms-04-aanvullen-geen-pdf");
            assertThat(browser.path()).isEqualTo("/tasks/" + task);
            assertThat(browser.find(By.id("field-remarks")).getAttribute("value")).isEqualTo("Responsanalyse in hoofdstuk 4.");
            assertThat(browser.find(By.id("again-report")).getText()).contains(notPdf.getFileName().toString())
                    .contains("Kies het bestand opnieuw");
            assertFieldError(browser, "report", "Rapport: ");
            assertThat(as(SUBMITTER).get("/api/studies/" + id).json().get("status").asText()).isEqualTo("AWAITING_COMPLETION");

            browser.find(By.id("field-report")).sendKeys(pdf.toString());
            browser.find(By.cssSelector("form button.primary")).click();
            browser.waitForText("De taak is afgerond");
        }
        var study = as(SUBMITTER).get("/api/studies/" + id).json();
        assertThat(study.get("status").asText()).isEqualTo("IN_INTAKE");
        assertThat(study.get("report").get("version").asInt()).isEqualTo(2);
        assertThat(study.get("timeline").findValuesAsText("note")).anyMatch(note -> note.contains("Responsanalyse in hoofdstuk 4."));
    }

    @Test
    void aDraftAdviceWithoutConclusionsKeepsTheTypedRecommendations() throws Exception {
        int year = 2063; // a year no other test of the shared context uses
        assertThat(as(SECRETARIAT).post("/api/advice-rounds", Map.of("year", year)).status()).isEqualTo(201);
        String task = as(SECRETARIAT).awaitAdviceTask("DRAFT_ADVICE", year).get("id").asText();
        try (Browser browser = new Browser(port)) {
            browser.login(SECRETARIAT, Scenario.PASSWORD);
            browser.open("/tasks/" + task);
            browser.type("field-recommendations", "Kies vergelijkingswijken vooraf.");
            browser.find(By.cssSelector("form button.primary")).click();

            browser.waitForText("Niet alle velden zijn goed ingevuld");
            browser.screenshot("forms-05-jaaradvies-zonder-conclusies");
            assertThat(browser.find(By.id("field-recommendations")).getAttribute("value")).isEqualTo("Kies vergelijkingswijken vooraf.");
            assertFieldError(browser, "conclusions", "Conclusies: ");
        }
    }

    @Test
    void sendingTheAdviceBackWithoutRemarksKeepsTheChoiceAndApprovingAsksFirst() throws Exception {
        int year = 2064;
        assertThat(as(SECRETARIAT).post("/api/advice-rounds", Map.of("year", year)).status()).isEqualTo(201);
        Scenario.complete(as(SECRETARIAT), as(SECRETARIAT).awaitAdviceTask("DRAFT_ADVICE", year),
                Map.of("conclusions", "Conclusies.", "recommendations", "Aanbevelingen."), 204);
        String task = as(CHAIR).awaitAdviceTask("APPROVE_ADVICE", year).get("id").asText();
        try (Browser browser = new Browser(port)) {
            browser.login(CHAIR, Scenario.PASSWORD);
            browser.open("/tasks/" + task);
            assertThat(browser.all(By.cssSelector("input[name=approved]:checked"))).as("nothing chosen beforehand").isEmpty();
            browser.find(By.cssSelector("input[name=approved][value=false]")).click();
            browser.find(By.cssSelector("form button.primary")).click();

            browser.waitForText("Niet alle velden zijn goed ingevuld");
            browser.screenshot("forms-06-terugsturen-zonder-opmerkingen");
            assertThat(checked(browser, "approved")).containsExactly("false");
            assertFieldError(browser, "remarks", "Toelichting: ");

            browser.find(By.cssSelector("input[name=approved][value=true]")).click();
            browser.find(By.cssSelector("form button.primary")).click();
            Alert confirm = browser.driver().switchTo().alert();
            assertThat(confirm.getText()).isEqualTo(
                    "Het jaaradvies wordt definitief gemaakt en gepubliceerd; dit kan niet ongedaan worden gemaakt.");
            confirm.dismiss();
            assertThat(browser.path()).isEqualTo("/tasks/" + task);
        }
        assertThat(as(CHAIR).get("/api/tasks/" + task).status()).as("not approved after 'cancel'").isEqualTo(200);
    }

    @Test
    void withdrawingAStudyAsksFirstAndSaysWhatHappens() throws Exception {
        String id = submit("Formulieren: intrekken met bevestiging");
        try (Browser browser = new Browser(port)) {
            browser.login(SUBMITTER, Scenario.PASSWORD);
            browser.open("/studies/" + id);
            browser.find(By.cssSelector("form[action$='/withdraw'] button")).click();
            Alert confirm = browser.driver().switchTo().alert();
            assertThat(confirm.getText()).contains("ingetrokken").contains("niet ongedaan");
            confirm.dismiss();
        }
        assertThat(as(SUBMITTER).get("/api/studies/" + id).json().get("status").asText()).isNotEqualTo("WITHDRAWN");
    }

    /**
     * The error is reachable: focus is on the summary, which links to the field; the field is invalid and described
     * by its message, and the message names the field.
     */
    private static void assertFieldError(Browser browser, String field, String label) {
        String name = field.replace('.', '-');
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getDomAttribute("data-error-summary")).as("focus on the error summary").isNotNull();
        List<WebElement> links = focused.findElements(By.cssSelector("a[href='#field-" + name + "']"));
        assertThat(links).as("the summary links to the field").hasSize(1);
        assertThat(links.get(0).getText()).startsWith(label);
        WebElement input = browser.find(By.id("field-" + name));
        assertThat(input.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getDomAttribute("aria-describedby")).contains("error-" + name);
        assertThat(browser.find(By.id("error-" + name)).getText()).startsWith(label);
    }

    private static List<String> checked(Browser browser, String name) {
        return browser.all(By.cssSelector("input[name=" + name + "]:checked")).stream().map(e -> e.getAttribute("value")).toList();
    }

    private String submit(String title) {
        return Scenario.submit(as(SUBMITTER), Scenario.metadata(title, "fk-gemeente", 2013, "EFFECT", "LEEFBAARHEID"),
                DemoReports.pdf(title, 2)).id();
    }

    private ApiClient as(String user) {
        return new ApiClient(port, user, Scenario.PASSWORD);
    }
}
