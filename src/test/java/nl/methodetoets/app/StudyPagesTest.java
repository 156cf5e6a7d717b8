package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pages around the forms: the submitter's study page (stages with the current one, the next step, a timeline in
 * words, feedback per anonymous reviewer), the secretariat's task list naming the study, the workload by name, and
 * starting an advice round that reports what it gathered; years never grouped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyPagesTest extends ApplicationTestBase {
    private static final int YEAR = 2004; // a year no other test of the shared context uses (studies may not be from the future)
    private Scenario people;
    private ApiClient submitter;
    private ApiClient secretariat;
    private ApiClient chair;

    @BeforeAll
    void setUp() {
        people = new Scenario(port, admin()).organisations("sp-gemeente", "sp-ministerie", "sp-uni-a", "sp-uni-b");
        submitter = people.user("sp-indiener", "sp-gemeente", "SUBMITTER");
        secretariat = people.user("sp-secretaris", "sp-ministerie", "SECRETARIAT");
        chair = people.user("sp-voorzitter", "sp-ministerie", "CHAIR");
        people.user("sp-r1", "dr. Ilse Vos", "sp-r1@example.nl", "sp-uni-a", "REVIEWER");
        people.user("sp-r2", "dr. Jan Kok", "sp-r2@example.nl", "sp-uni-b", "REVIEWER");
    }

    @Test
    void theStudyPageShowsTheStagesTheNextStepAndAnonymousFeedback() {
        String title = "Voortgang in Moerwijk";
        String study = Scenario.submit(submitter, Scenario.metadata(title, "sp-gemeente", YEAR, "EFFECT", "WONEN"),
                DemoReports.pdf(title, 3)).id();
        UiSession indiener = UiSession.login(port, "sp-indiener", Scenario.PASSWORD);
        String received = indiener.get("/studies/" + study).body();
        assertThat(stages(received)).containsExactly("Ontvangen", "Intake", "In beoordeling", "Eindoordeel", "Jaaradvies");
        assertThat(current(received)).isIn("Ontvangen", "Intake");
        assertThat(received).contains("Volgende stap").contains("Studie ontvangen");

        // the secretariat's task list names the study, the kind of task in its own column
        secretariat.awaitTask("INTAKE", study);
        String home = UiSession.login(port, "sp-secretaris", Scenario.PASSWORD).get("/").body();
        assertThat(home).containsPattern("<a href=\"/tasks/[^\"]+\" data-task-type=\"INTAKE\">" + title + "</a></td>\\s*<td>Intake</td>");

        Scenario.study(study).accept(secretariat).assign(secretariat, List.of("sp-r1", "sp-r2"));
        String inReview = indiener.get("/studies/" + study).body();
        assertThat(current(inReview)).isEqualTo("In beoordeling");
        assertThat(inReview).containsPattern("het eindoordeel wordt verwacht na \\d{1,2} [a-z]+ \\d{4}\\.")
                .contains("Beoordelaars toegewezen").contains("Geaccepteerd bij de intake");

        // the workload page names the reviewers and lists their open tasks
        String workload = UiSession.login(port, "sp-secretaris", Scenario.PASSWORD).get("/review/workload").body();
        assertThat(workload).contains(">dr. Ilse Vos</th>").contains(">dr. Jan Kok</th>").doesNotContain(">sp-r1<")
                .contains("href=\"#open-sp-r1\"").contains("id=\"open-sp-r1\"").contains("Open taken van dr. Ilse Vos")
                .contains(">" + title + "</a>");

        Scenario.complete(people.as("sp-r1"), people.as("sp-r1").awaitTask("SCORE", study),
                Map.of("scores", Scenario.uniform(4), "comments", Map.of("K1", "Sterke vergelijkingswijken.", "K5", "Respons per wijk ontbreekt."),
                        "summary", "Degelijk."), 204);
        Scenario.complete(people.as("sp-r2"), people.as("sp-r2").awaitTask("SCORE", study),
                Map.of("scores", Scenario.uniform(4), "comments", Map.of("K1", "Goede nulmeting."), "summary", "Overtuigend."), 204);
        Scenario.complete(chair, chair.awaitTask("VERDICT", study), Map.of("verdict", 4, "exemplary", false, "motivation", "Geen voorbeeldstudie dit jaar."), 204);
        String assessed = Await.value(Duration.ofSeconds(20), "the assessed study page", () -> {
            String page = indiener.get("/studies/" + study).body();
            return page.contains("Beoordelaar A") ? java.util.Optional.of(page) : java.util.Optional.empty();
        });

        assertThat(current(assessed)).isEqualTo("Eindoordeel");
        assertThat(assessed).contains("4 — goed")
                .contains("Onderzoeksopzet / contrafactische situatie").contains("Respons, uitval en ontbrekende gegevens")
                .contains("De studie wordt opgenomen in het jaaradvies " + YEAR + ".")
                .doesNotContain("sp-r1").doesNotContain("sp-r2").doesNotContain("Ilse Vos").doesNotContain("Jan Kok");
        String blockA = assessed.substring(assessed.indexOf("Beoordelaar A"), assessed.indexOf("Beoordelaar B"));
        String blockB = assessed.substring(assessed.indexOf("Beoordelaar B"));
        assertThat(blockA).contains("Sterke vergelijkingswijken.").contains("Respons per wijk ontbreekt.").contains("Degelijk.")
                .doesNotContain("Goede nulmeting.");
        assertThat(blockB).contains("Goede nulmeting.").contains("Overtuigend.").doesNotContain("Sterke vergelijkingswijken.");
        assertThat(indiener.get("/studies/" + study + "?lang=en").body()).contains("4 — good").contains("Reviewer A")
                .contains("(current step)").doesNotContain("Beoordelaar A");
        indiener.get("/studies/" + study + "?lang=nl");
        List<String> apiFields = new ArrayList<>(); // the API's assessment keeps its contract (API.md)
        submitter.get("/api/studies/" + study).json().get("assessment").fieldNames().forEachRemaining(apiFields::add);
        assertThat(apiFields).containsExactly("rubricVersion", "scores", "verdict", "exemplary", "provisional", "motivation", "feedback",
                "objection"); // objection: null until an objection was decided (issue 12)
        assertThat(submitter.get("/api/studies/" + study).json().get("assessment").get("objection").isNull()).isTrue();

        // starting the year's round asks first and then says how many studies it gathered
        UiSession secretaris = UiSession.login(port, "sp-secretaris", Scenario.PASSWORD);
        String rounds = secretaris.get("/advice").body();
        assertThat(rounds).contains("data-confirm=\"Adviesronde voor dit jaar starten?");
        UiSession.Page started = secretaris.postForm("/advice", Map.of("year", String.valueOf(YEAR), "_csrf", UiSession.hidden(rounds, "_csrf")));
        assertThat(started.status()).isEqualTo(302);
        String after = secretaris.get("/advice").body();
        assertThat(after).contains("Adviesronde " + YEAR + " is gestart: 1 beoordeelde studies verzameld.")
                .contains(">" + YEAR + "</a>").doesNotContain("2.004");
        String list = Await.value(Duration.ofSeconds(20), "the advice task", () -> {
            String page = secretaris.get("/").body();
            return page.contains(">Jaaradvies " + YEAR + "</a>") ? java.util.Optional.of(page) : java.util.Optional.empty();
        });

        // drafting the advice, the secretariat sees the round's figures and its studies beside the text boxes
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/tasks/[^\"]+)\"[^>]*>Jaaradvies " + YEAR + "<").matcher(list);
        assertThat(link.find()).isTrue();
        String draft = secretaris.get(link.group(1)).body();
        assertThat(draft).contains("name=\"conclusions\"").contains("De cijfers van deze ronde")
                .contains(">" + title + "</a>").contains("4 — goed").containsPattern("<th scope=\"row\">4 — goed</th><td class=\"num\">1</td>");
    }

    @Test
    void aCompletionRequestSaysWhatWasAskedAndByWhen() {
        String title = "Aanvullen in Transvaal";
        String study = Scenario.submit(submitter, Scenario.metadata(title, "sp-gemeente", YEAR, "EFFECT", "WONEN"),
                DemoReports.pdf(title, 3)).id();
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(20);
        Scenario.study(study).intake(secretariat, Map.of("decision", "REQUEST_COMPLETION", "deadline", due.toString(),
                "remarks", "Voeg de responsanalyse toe."));
        String day = due.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")));

        String page = UiSession.login(port, "sp-indiener", Scenario.PASSWORD).get("/studies/" + study).body();
        assertThat(current(page)).isEqualTo("Intake");
        assertThat(page).contains("<strong>Aanvulling gevraagd (uiterlijk " + day + ")</strong>")
                .contains(">Voeg de responsanalyse toe.</span>")
                .contains("Vul de inzending uiterlijk " + day + " aan via Mijn taken")
                .doesNotContain("sp-secretaris");
    }

    /** The stages in order. */
    private static List<String> stages(String page) {
        String list = page.substring(page.indexOf("<ol class=\"stages\""), page.indexOf("</ol>", page.indexOf("<ol class=\"stages\"")));
        Matcher m = Pattern.compile("<li[^>]*><span>([^<]+)</span>").matcher(list);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The one stage marked as the current step. */
    private static String current(String page) {
        Matcher m = Pattern.compile("<li[^>]*aria-current=\"step\"[^>]*><span>([^<]+)</span>").matcher(page);
        assertThat(m.find()).as("a stage marked aria-current=step").isTrue();
        String name = m.group(1);
        assertThat(m.find()).as("only one current stage").isFalse();
        return name;
    }
}
