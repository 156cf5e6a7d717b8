package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.submission.SubmissionManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The same full year on a real PostgreSQL, with the production profile; and idempotency under concurrency there. */
class FullYearPostgresTest extends PostgresApplicationTestBase {
    @Autowired
    SubmissionManagement submissions;

    @Test
    void aWholeYearFromSubmissionToThePublishedAdviceOnPostgres() throws Exception {
        new FullYearScenario(port, ApplicationTestBase.ADMIN_PASSWORD, 2012).run();
    }

    /** On PostgreSQL a twin's insert of the same idempotency key waits for the first transaction, then replays. */
    @Test
    void concurrentSubmissionsWithOneIdempotencyKeyCreateOneStudyOnPostgres() throws Exception {
        ApiClient admin = new ApiClient(port, "admin", ApplicationTestBase.ADMIN_PASSWORD);
        Scenario.organisation(admin, "pg-idem-gemeente");
        Scenario.user(admin, "pg-idem-indiener", "pg-idem-gemeente", "SUBMITTER");
        ConcurrentTwins.submitAndExpectOneStudy(new ApiClient(port, "pg-idem-indiener", Scenario.PASSWORD),
                Scenario.metadata("Gelijktijdig op PostgreSQL", "pg-idem-gemeente", 2011, "EFFECT", "WONEN"),
                DemoReports.pdf("Gelijktijdig op PostgreSQL", 3), 4);
    }

    /**
     * Task lists name each study: its title is looked up for every study on the list in one query, also beyond the
     * 32,767 parameters PostgreSQL takes in one statement (the ids go as one array).
     */
    @Test
    void studyTitlesAreFoundForMoreStudiesThanPostgresTakesParameters() {
        ApiClient admin = new ApiClient(port, "admin", ApplicationTestBase.ADMIN_PASSWORD);
        Scenario.organisation(admin, "pg-titels-gemeente");
        Scenario.user(admin, "pg-titels-indiener", "pg-titels-gemeente", "SUBMITTER");
        String id = new ApiClient(port, "pg-titels-indiener", Scenario.PASSWORD).submit(
                Scenario.metadata("Titel tussen veertigduizend", "pg-titels-gemeente", 2011, "EFFECT", "WONEN"),
                DemoReports.pdf("Titel", 1), null).json().path("id").asText();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            ids.add(java.util.UUID.randomUUID().toString());
        }
        ids.add(20_000, id);
        assertThat(submissions.titles(ids)).containsExactly(java.util.Map.entry(id, "Titel tussen veertigduizend"));
    }

    /** The search SQL (case-insensitive LIKE with an escape character, the theme list, the report's text) on PostgreSQL. */
    @Test
    void searchFindsReportTextAndTreatsWildcardsLiterallyOnPostgres() {
        ApiClient admin = new ApiClient(port, "admin", ApplicationTestBase.ADMIN_PASSWORD);
        Scenario.organisation(admin, "pg-zoek-gemeente");
        Scenario.user(admin, "pg-zoek-indiener", "pg-zoek-gemeente", "SUBMITTER");
        ApiClient submitter = new ApiClient(port, "pg-zoek-indiener", Scenario.PASSWORD);
        assertThat(submitter.submit(Scenario.metadata("Monitor 100% leefbaar", "pg-zoek-gemeente", 2010, "MONITOR", "LEEFBAARHEID"),
                DemoReports.pdf("Monitor", 1, List.of("Woninginbraken daalden in Paddepoel.")), null).status()).isEqualTo(201);
        assertThat(submitter.get("/api/studies?q=WONINGINBRAKEN&theme=LEEFBAARHEID&studyType=MONITOR&year=2010")
                .json().findValuesAsText("title")).containsExactly("Monitor 100% leefbaar");
        assertThat(submitter.get("/api/studies?q=%").json().findValuesAsText("title")).containsExactly("Monitor 100% leefbaar");
        assertThat(submitter.get("/api/studies?q=Monitor_").json().findValuesAsText("title")).isEmpty();
        assertThat(submitter.get("/api/studies?theme=WONEN").json().findValuesAsText("title")).isEmpty();
    }
}
