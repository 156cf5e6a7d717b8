package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.methodetoets.demo.DemoReports;
import org.junit.jupiter.api.Test;

/** The same full year on a real PostgreSQL, with the production profile; and idempotency under concurrency there. */
class FullYearPostgresTest extends PostgresApplicationTestBase {

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
