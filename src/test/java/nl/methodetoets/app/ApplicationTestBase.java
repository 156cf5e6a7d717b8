package nl.methodetoets.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port with the job executor on, on the embedded default (H2 file database
 * in a fresh data directory), demo data off and a known admin password. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "methodetoets.demo.enabled=false",
        "methodetoets.admin-password=" + ApplicationTestBase.ADMIN_PASSWORD})
abstract class ApplicationTestBase {
    static final String ADMIN_PASSWORD = "beheer-wachtwoord-test";
    private static final Path DATA_DIR = tempDir();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("methodetoets.data-dir", DATA_DIR::toString);
    }

    ApiClient admin() {
        return new ApiClient(port, "admin", ADMIN_PASSWORD);
    }

    /** The shared context's data directory (reports/, incoming/, previews/ ...). */
    static Path dataDir() {
        return DATA_DIR;
    }

    ApiClient anonymous() {
        return new ApiClient(port, null, null);
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("methodetoets-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
