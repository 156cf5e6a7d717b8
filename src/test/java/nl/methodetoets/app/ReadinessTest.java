package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14, "health per node": {@code /actuator/health/readiness} is what a load balancer asks. A node is ready when
 * its database answers (the application's own query) and its job executor runs; a node that lost its database is not
 * ready, while {@code /actuator/health/liveness} still says the process lives (it need not be restarted for that).
 * A context of its own with the job executor on, closed afterwards: the second test takes the database away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "methodetoets.demo.enabled=false",
        "methodetoets.admin-password=" + ApplicationTestBase.ADMIN_PASSWORD})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadinessTest {
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
    @Order(1)
    void aNodeWhoseDatabaseAnswersAndWhoseJobExecutorRunsIsReady() {
        ApiClient anonymous = new ApiClient(port, null, null);
        ApiClient.Response ready = anonymous.get("/actuator/health/readiness");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        assertThat(ready.json().has("components")).as("no details for anonymous callers").isFalse();
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);

        ApiClient.Response details = new ApiClient(port, "admin", ApplicationTestBase.ADMIN_PASSWORD)
                .get("/actuator/health/readiness");
        assertThat(details.json().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(details.json().at("/components/jobExecutor/status").asText()).isEqualTo("UP");
        assertThat(details.json().at("/components/readinessState/status").asText()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void aNodeThatLostItsDatabaseIsNotReadyButAlive() throws Exception {
        LostDatabase.takeAway(dataSource, DATA_DIR);

        ApiClient anonymous = new ApiClient(port, null, null);
        ApiClient.Response notReady = anonymous.get("/actuator/health/readiness");
        assertThat(notReady.status()).isEqualTo(503);
        assertThat(notReady.json().get("status").asText()).isEqualTo("DOWN");
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
    }
}
