package nl.methodetoets.app;

import org.junit.jupiter.api.Test;

/** A full year through the HTTP API on the embedded default (H2). */
class FullYearH2Test extends ApplicationTestBase {

    @Test
    void aWholeYearFromSubmissionToThePublishedAdvice() throws Exception {
        new FullYearScenario(port, ADMIN_PASSWORD, 2012).run();
    }
}
