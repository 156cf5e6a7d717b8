package nl.methodetoets.app;

import org.junit.jupiter.api.Test;

/** The same full year on a real PostgreSQL, with the production profile. */
class FullYearPostgresTest extends PostgresApplicationTestBase {

    @Test
    void aWholeYearFromSubmissionToThePublishedAdviceOnPostgres() throws Exception {
        new FullYearScenario(port, ApplicationTestBase.ADMIN_PASSWORD, 2012).run();
    }
}
