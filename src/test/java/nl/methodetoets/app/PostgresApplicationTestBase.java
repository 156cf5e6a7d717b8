package nl.methodetoets.app;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application with the production profile on a real PostgreSQL; subclasses share one context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "methodetoets.demo.enabled=false",
        "methodetoets.admin-password=" + ApplicationTestBase.ADMIN_PASSWORD})
@ActiveProfiles("postgres")
@Import(PostgresTestConfiguration.class)
abstract class PostgresApplicationTestBase {
    private static final Path DATA_DIR = ApplicationTestBase.tempDir();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("methodetoets.data-dir", DATA_DIR::toString);
    }

    ApiClient admin() {
        return new ApiClient(port, "admin", ApplicationTestBase.ADMIN_PASSWORD);
    }
}
