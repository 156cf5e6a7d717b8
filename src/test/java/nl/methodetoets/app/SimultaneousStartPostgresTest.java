package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, "start together": two nodes (separate JVMs, the postgres profile) started at the same moment on one empty
 * PostgreSQL database (fsync on) both come up, and what start-up creates exists once: the engine schema (built under
 * {@code common.EngineStartLock}), one deployment of the models, the role groups and the first admin
 * ({@code identity.AdminBootstrap} looks again after a clash), and the demo data (loaded by one node only).
 */
class SimultaneousStartPostgresTest {
    private static final String DEMO_LOADED = "Demo data loaded";
    /** The studies demo/DemoData submits (Transvaal, Selwerd, Schilderswijk, Den Haag Zuidwest, Groningen-Noord). */
    private static final int DEMO_STUDIES = 5;
    private final List<Process> children = new ArrayList<>();
    private EmbeddedPostgres postgres;

    @AfterEach
    void stop() throws Exception {
        ChildApps.stopAll(children);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesStartingAtOnceOnAnEmptyDatabaseBothComeUpAndCreateEverythingOnce() throws Exception {
        postgres = PostgresTestConfiguration.durable();
        DataSource db = postgres.getPostgresDatabase();
        Path logs = Files.createDirectories(Path.of("target", "simultaneous-start"));
        int[] ports = {ChildApps.freePort(), ChildApps.freePort()};
        Path[] logFiles = {logs.resolve("node-1.log"), logs.resolve("node-2.log")};
        for (int n = 0; n < 2; n++) {
            children.add(start(ports[n], logFiles[n], Files.createTempDirectory("methodetoets-node-")));
        }
        for (int n = 0; n < 2; n++) {
            ChildApps.awaitUp(children.get(n), ports[n], logFiles[n]);
        }

        assertThat(count(db, "select count(*) from act_re_deployment")).as("one deployment of the models").isEqualTo(1);
        assertThat(count(db, "select count(*) from act_re_procdef")).isEqualTo(3);
        assertThat(count(db, "select count(*) from act_re_decision_def")).isEqualTo(3);
        assertThat(count(db, "select count(*) from act_id_user where id_ = 'admin'")).isEqualTo(1);
        assertThat(count(db, "select count(*) from act_id_group")).as("the five roles and camunda-admin").isEqualTo(6);
        Await.until(Duration.ofSeconds(180), "one node to load the demo data",
                () -> log(logFiles[0]).contains(DEMO_LOADED) || log(logFiles[1]).contains(DEMO_LOADED));
        assertThat(Arrays.stream(logFiles).filter(f -> log(f).contains(DEMO_LOADED)).count())
                .as("demo data loaded by one node").isEqualTo(1);
        assertThat(count(db, "select count(*) from act_id_user where id_ = 'secretaris'")).isEqualTo(1);
        assertThat(count(db, "select count(*) from study")).as("the demo's five studies, once").isEqualTo(DEMO_STUDIES);
        for (int n = 0; n < 2; n++) {
            ApiClient secretaris = new ApiClient(ports[n], "secretaris", "demo-wachtwoord");
            ApiClient.Response studies = secretaris.get("/api/studies");
            assertThat(studies.status()).as("node %d serves the demo", n + 1).isEqualTo(200);
            assertThat(studies.json().size()).as("node %d lists the same five studies", n + 1).isEqualTo(DEMO_STUDIES);
        }
    }

    private Process start(int port, Path log, Path dataDir) throws IOException {
        return ChildApps.startNode(ChildApps.Launch.CLASSES, "512m", postgres, port, dataDir, log,
                "--methodetoets.demo.enabled=true");
    }

    private static String log(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
