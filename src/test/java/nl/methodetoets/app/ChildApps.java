package nl.methodetoets.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.methodetoets.testing.Await;

/** The app as a child JVM of a test (a node that can be killed, or one of several): its class path, a port, UP. */
final class ChildApps {
    private ChildApps() {
    }

    /** The test's class path without the test classes: the app as it ships, with its runtime dependencies. */
    static String classPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The jar {@code ./mvnw package} built (Spring Boot's executable jar), for tests that run after it. */
    static Path builtJar() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("methodetoets-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "no target/methodetoets-*.jar: run this test with ./mvnw verify (after package)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (at most five minutes) until the child on that port answers health UP; fails at once if it exits. */
    static void awaitUp(Process child, int port, Object log) {
        ApiClient anonymous = new ApiClient(port, null, null);
        Await.until(Duration.ofSeconds(300), "the app (pid " + child.pid() + ", log " + log + ") to be UP", () -> {
            if (!child.isAlive()) {
                throw new AssertionError("the app exited with " + child.exitValue() + "; see " + log);
            }
            try {
                ApiClient.Response health = anonymous.get("/actuator/health");
                return health.status() == 200 && health.text().contains("UP");
            } catch (RuntimeException e) {
                return false;
            }
        });
    }
}
