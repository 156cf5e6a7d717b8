package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * {@link Scenario} for tests outside this package (the browser tests of the review forms): people and studies at the
 * review steps, named by plain ids. Everyone's password is {@link #PASSWORD}; the admin password must be
 * {@link ApplicationTestBase#ADMIN_PASSWORD}.
 */
public final class ReviewFixture {
    public static final String PASSWORD = Scenario.PASSWORD;
    public static final String ADMIN_PASSWORD = ApplicationTestBase.ADMIN_PASSWORD;
    private final int port;
    private final String prefix;
    private final Scenario scenario;
    private final ApiClient submitter;
    private final ApiClient secretariat;
    private final ApiClient chair;

    /**
     * Organisations {@code <prefix>-gemeente} (the studies'), {@code -universiteit}, {@code -instituut}, {@code -bureau},
     * {@code -ministerie}; a submitter, secretary, chair and reviewers {@code <prefix>-beoordelaar1..4}, one per
     * organisation other than the studies'.
     */
    public ReviewFixture(int port, String prefix) {
        this.port = port;
        this.prefix = prefix;
        this.scenario = new Scenario(port, new ApiClient(port, "admin", ADMIN_PASSWORD));
        scenario.organisations(org("gemeente"), org("universiteit"), org("instituut"), org("bureau"), org("ministerie"));
        this.submitter = scenario.user(id("indiener"), org("gemeente"), "SUBMITTER");
        this.secretariat = scenario.user(id("secretaris"), org("ministerie"), "SECRETARIAT");
        this.chair = scenario.user(id("voorzitter"), org("ministerie"), "CHAIR");
        scenario.user(id("beoordelaar1"), org("universiteit"), "REVIEWER");
        scenario.user(id("beoordelaar2"), org("instituut"), "REVIEWER");
        scenario.user(id("beoordelaar3"), org("bureau"), "REVIEWER");
        scenario.user(id("beoordelaar4"), org("universiteit"), "REVIEWER");
    }

    /** {@code <prefix>-<name>}: a person's or organisation's id. */
    public String id(String name) {
        return prefix + "-" + name;
    }

    public String org(String name) {
        return id(name);
    }

    /** A study (EFFECT or MONITOR) accepted at intake and waiting for its reviewers to be chosen. */
    public String awaitingAssignment(String title, String studyType) {
        return Scenario.submit(submitter, title, org("gemeente"), studyType).accept(secretariat).id();
    }

    /** A study whose scoring tasks wait for the given reviewers (names as {@code beoordelaar1}). */
    public String beingScored(String title, String studyType, String... reviewers) {
        return Scenario.submit(submitter, title, org("gemeente"), studyType)
                .acceptAndAssign(secretariat, List.of(reviewers).stream().map(this::id).toList()).id();
    }

    /** A study both reviewers (beoordelaar1 and 2) scored with 4 everywhere, with comments: the chair's verdict waits. */
    public String awaitingVerdict(String title) {
        Scenario.Study study = Scenario.study(beingScored(title, "EFFECT", "beoordelaar1", "beoordelaar2"));
        study.score(scenario.as(id("beoordelaar1")), Map.of("scores", Scenario.uniform(4),
                "comments", Map.of("K1", "Sterke vergelijkingswijken."), "pages", Map.of("K1", "2"), "summary", "Degelijk."));
        study.score(scenario.as(id("beoordelaar2")), Map.of("scores", Scenario.uniform(4),
                "comments", Map.of("K1", "Goede nulmeting."), "summary", "Overtuigend."));
        return study.id();
    }

    /** A study beoordelaar1 scored 2 and beoordelaar2 scored 5 everywhere: the chair's consensus meeting waits. */
    public String awaitingConsensus(String title) {
        Scenario.Study study = Scenario.study(beingScored(title, "EFFECT", "beoordelaar1", "beoordelaar2"));
        study.score(scenario.as(id("beoordelaar1")), Map.of("scores", Scenario.uniform(2),
                "comments", Map.of("K3", "Uitval niet besproken."), "pages", Map.of("K3", "5-6"), "summary", "Zwak."));
        study.score(scenario.as(id("beoordelaar2")), Map.of("scores", Scenario.uniform(5), "summary", "Sterk."));
        return study.id();
    }

    public String consensusTask(String studyId) {
        return chair.awaitTask("CONSENSUS", studyId).get("id").asText();
    }

    public String scoreTask(String studyId, String reviewer) {
        return Scenario.study(studyId).scoreTask(scenario.as(id(reviewer))).get("id").asText();
    }

    public String assignTask(String studyId) {
        return Scenario.study(studyId).assignTask(secretariat).get("id").asText();
    }

    public String verdictTask(String studyId) {
        return Scenario.study(studyId).verdictTask(chair).get("id").asText();
    }

    /** The reviewer declares a conflict of interest with the studies' organisation. */
    public void declareConflictWithStudies(String reviewer) {
        ApiClient.Response response = scenario.as(id(reviewer)).post("/api/users/" + id(reviewer) + "/conflicts",
                Map.of("organisation", org("gemeente"), "reason", "Vroeger werkzaam bij deze gemeente."));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
    }

    int port() {
        return port;
    }
}
