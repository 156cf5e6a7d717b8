package nl.methodetoets.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** How a node is started: from the compiled classes (any test phase) or from the built jar (after package). */
    enum Launch { CLASSES, JAR }

    /**
     * Starts one node of the app as a child JVM on that PostgreSQL: the postgres profile, the port, its own data
     * directory, the test admin password, its output to {@code log}; {@code settings} are further
     * {@code --name=value} arguments (each name once: Spring joins repeated ones). Does not wait: {@link #awaitUp}.
     */
    static Process startNode(Launch launch, String heap, EmbeddedPostgres postgres, int port, Path dataDir, Path log,
                             String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"));
        if (launch == Launch.JAR) {
            command.addAll(List.of("-jar", builtJar().toString()));
        } else {
            command.addAll(List.of("-cp", classPath(), "nl.methodetoets.MethodetoetsApplication"));
        }
        command.addAll(List.of(
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--methodetoets.data-dir=" + dataDir,
                "--methodetoets.admin-password=" + ApplicationTestBase.ADMIN_PASSWORD));
        command.addAll(Arrays.asList(settings));
        return new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
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

    /** Kills the nodes a test started (SIGKILL) and waits for each to be gone. */
    static void stopAll(Iterable<Process> nodes) throws InterruptedException {
        for (Process node : nodes) {
            node.destroyForcibly();
            node.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
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
