package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10, "health tells the truth": the database indicator is part of {@code /actuator/health} and runs a real
 * query. The H2 database is shut down and its files moved away: a new connection still opens (an empty database, so
 * the driver's own validity check would pass), but the application's tables are gone and health is DOWN (503).
 * A context of its own, closed afterwards: nothing else can use a database taken away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "methodetoets.demo.enabled=false",
        "methodetoets.admin-password=" + ApplicationTestBase.ADMIN_PASSWORD,
        "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class DatabaseHealthTest {
    private static final Path DATA_DIR = ApplicationTestBase.tempDir();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("methodetoets.data-dir", DATA_DIR::toString);
    }

    @Test
    void aDatabaseThatCannotAnswerMakesHealthDown() throws Exception {
        ApiClient anonymous = new ApiClient(port, null, null);
        ApiClient admin = new ApiClient(port, "admin", ApplicationTestBase.ADMIN_PASSWORD);
        ApiClient.Response up = anonymous.get("/actuator/health");
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().get("status").asText()).isEqualTo("UP");
        ApiClient.Response details = admin.get("/actuator/health");
        assertThat(details.json().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(details.json().at("/components/db/details/validationQuery").asText()).contains("rubric_version");

        LostDatabase.takeAway(dataSource, DATA_DIR);

        ApiClient.Response down = anonymous.get("/actuator/health");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
    }
}
