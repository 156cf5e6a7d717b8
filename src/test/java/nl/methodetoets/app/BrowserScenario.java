package nl.methodetoets.app;

import java.util.List;
import java.util.Map;

/**
 * {@link Scenario} for the browser tests in another package: people and studies set up through the API, each step
 * waiting for its task and asserting its status code, so a browser test starts its pages on known data.
 */
public final class BrowserScenario {
    public static final String PASSWORD = Scenario.PASSWORD;
    private final Scenario scenario;

    public BrowserScenario(int port, String adminPassword) {
        this.scenario = new Scenario(port, new ApiClient(port, "admin", adminPassword));
    }

    public BrowserScenario organisations(String... ids) {
        scenario.organisations(ids);
        return this;
    }

    public BrowserScenario user(String id, String organisation, String role) {
        scenario.user(id, organisation, role);
        return this;
    }

    /** A study (3-page report, year 2014, theme WONEN) submitted by {@code submitter}; returns its id. */
    public String submit(String submitter, String title, String organisation) {
        return Scenario.submit(scenario.as(submitter), title, organisation, "EFFECT").id();
    }

    public String intakeTask(String secretariat, String study) {
        return Scenario.study(study).intakeTask(scenario.as(secretariat)).get("id").asText();
    }

    public void accept(String secretariat, String study) {
        Scenario.study(study).accept(scenario.as(secretariat));
    }

    public String assignTask(String secretariat, String study) {
        return Scenario.study(study).assignTask(scenario.as(secretariat)).get("id").asText();
    }

    public void assign(String secretariat, String study, List<String> reviewers) {
        Scenario.study(study).assign(scenario.as(secretariat), reviewers);
    }

    public String scoreTask(String reviewer, String study) {
        return Scenario.study(study).scoreTask(scenario.as(reviewer)).get("id").asText();
    }

    /** The same level on every criterion, with a comment and a summary. */
    public void score(String reviewer, String study, int level) {
        Scenario.study(study).score(scenario.as(reviewer), Map.of("scores", Scenario.uniform(level),
                "comments", Map.of("K1", "Heldere opzet."), "summary", "Samenvatting van de beoordeling."));
    }

    public String task(String user, String type, String study) {
        return scenario.as(user).awaitTask(type, study).get("id").asText();
    }

    public String adviceTask(String user, String type, int year) {
        return scenario.as(user).awaitAdviceTask(type, year).get("id").asText();
    }

    public void takeComputedVerdict(String chair, String study) {
        Scenario.study(study).takeComputedVerdict(scenario.as(chair));
    }

    public void complete(String user, String taskId, Map<String, ?> body) {
        Scenario.complete(scenario.as(user), taskId, body, 204);
    }

    /** Starts the advice round of {@code year}; asserts 201. */
    public void startRound(String secretariat, int year) {
        ApiClient.Response response = scenario.as(secretariat).post("/api/advice-rounds", Map.of("year", year));
        if (response.status() != 201) {
            throw new AssertionError("advice round " + year + ": " + response.status() + " " + response.text());
        }
    }
}
