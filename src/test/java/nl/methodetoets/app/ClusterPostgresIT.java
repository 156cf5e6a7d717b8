package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the cluster: two nodes (separate JVMs running the built jar, as it ships; the postgres profile; each with a
 * data directory of its own) started
 * at the same moment on one PostgreSQL database (fsync on), both sending mail to one SMTP server (GreenMail), both
 * running their job executor. The test shows, in this order:
 * <ol>
 * <li>a report submitted on node 1 is downloaded byte-identical from node 2, and its preview too;</li>
 * <li>a browser session signed in on node 1 works on node 2 (one cookie jar, as behind a load balancer);</li>
 * <li>a study's steps completed alternately on both nodes reach ASSESSED;</li>
 * <li>the node that holds the advice-rendering job is killed with SIGKILL while it renders; the other node finishes
 * the rendering within the lock time plus one acquisition cycle, and the draft is rendered once (draft number 1);</li>
 * <li>no job ran twice (the engine's job log has one success per job) and each mail went out once (GreenMail receives
 * exactly the outbox's messages, no two alike), with both nodes' senders running.</li>
 * </ol>
 * The children run with a job lock of {@value #LOCK_TIME_MILLIS} ms (production: 60 s) to keep the test short; the
 * acquisition's longest idle wait is the production setting. Logs: {@code target/cluster/node-<n>.log}. An integration
 * test (Maven's failsafe, after {@code package}): it needs the jar.
 */
class ClusterPostgresIT {
    private static final int YEAR = 2014;
    private static final int LOCK_TIME_MILLIS = 30_000;
    /** camunda.bpm.job-execution.max-wait in application.yml: the longest pause of an idle job acquisition. */
    private static final int MAX_ACQUISITION_WAIT_MILLIS = 10_000;
    private static final String PREFIX = "cluster-";

    private final List<Process> nodes = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private GreenMail smtp;

    @AfterEach
    void stop() throws Exception {
        ChildApps.stopAll(nodes);
        if (postgres != null) {
            postgres.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void twoNodesOnOneDatabaseShareFilesSessionsStepsAndJobsAndTakeOverAKilledNodesWork() throws Exception {
        postgres = PostgresTestConfiguration.durable();
        DataSource db = postgres.getPostgresDatabase();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        Path logs = Files.createDirectories(Path.of("target", "cluster"));
        for (int n = 1; n <= 2; n++) {
            ports.add(ChildApps.freePort());
            nodes.add(start(n, logs.resolve("node-" + n + ".log")));
        }
        for (int n = 0; n < 2; n++) {
            ChildApps.awaitUp(nodes.get(n), ports.get(n), logs.resolve("node-" + (n + 1) + ".log"));
        }
        int port1 = ports.get(0);
        int port2 = ports.get(1);

        Scenario one = new Scenario(port1, new ApiClient(port1, "admin", ApplicationTestBase.ADMIN_PASSWORD))
                .organisations(PREFIX + "gemeente", PREFIX + "ministerie", PREFIX + "universiteit");
        Scenario two = new Scenario(port2, new ApiClient(port2, "admin", ApplicationTestBase.ADMIN_PASSWORD));
        one.user(PREFIX + "indiener", "Ina Indiener", "indiener@cluster.test", PREFIX + "gemeente", "SUBMITTER");
        one.user(PREFIX + "secretaris", "Sem Secretaris", "secretaris@cluster.test", PREFIX + "ministerie", "SECRETARIAT");
        one.user(PREFIX + "voorzitter", "Vera Voorzitter", "voorzitter@cluster.test", PREFIX + "ministerie", "CHAIR");
        one.user(PREFIX + "r1", "Rob Reviewer", "r1@cluster.test", PREFIX + "universiteit", "REVIEWER");
        one.user(PREFIX + "r2", "Ria Reviewer", "r2@cluster.test", PREFIX + "universiteit", "REVIEWER");

        // 1. a report received by node 1 is served by node 2, byte for byte
        byte[] report = DemoReports.pdf("Clusterstudie", 4);
        Scenario.Study study = Scenario.submit(one.as(PREFIX + "indiener"),
                Scenario.metadata("Clusterstudie", PREFIX + "gemeente", YEAR, "EFFECT", "WONEN"), report);
        ApiClient.Response download = two.as(PREFIX + "indiener").get("/api/studies/" + study.id() + "/report");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).as("the report from node 2").isEqualTo(report);
        assertThat(count(db, "select count(*) from stored_file where area = 'reports'")).isEqualTo(1);

        // 2. a session signed in on node 1 works on node 2
        UiSession browser = UiSession.login(port1, PREFIX + "secretaris", Scenario.PASSWORD);
        assertThat(browser.get("/studies/" + study.id()).status()).as("signed in on node 1").isEqualTo(200);
        UiSession sameBrowserOnNode2 = browser.on(port2);
        UiSession.Page onNode2 = sameBrowserOnNode2.get("/studies/" + study.id());
        assertThat(onNode2.status()).as("the same session on node 2").isEqualTo(200);
        assertThat(onNode2.body()).contains("Clusterstudie");
        assertThat(UiSession.anonymous(port2).get("/studies/" + study.id()).status()).as("without the session")
                .isIn(302, 401);
        UiSession.Download preview = sameBrowserOnNode2.download("/studies/" + study.id() + "/preview.png");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.contentType()).startsWith("image/png");

        // 3. the study's steps alternately on both nodes: intake on 2, assignment on 1, scores on 2 and 1, verdict on 2
        study.accept(two.as(PREFIX + "secretaris"))
                .assign(one.as(PREFIX + "secretaris"), List.of(PREFIX + "r1", PREFIX + "r2"))
                .scores(two.as(PREFIX + "r1"), Scenario.uniform(3))
                .scores(one.as(PREFIX + "r2"), Scenario.uniform(3));
        study.takeComputedVerdict(two.as(PREFIX + "voorzitter"));
        Await.until(Duration.ofSeconds(60), "the study assessed, seen on node 1",
                () -> "ASSESSED".equals(one.as(PREFIX + "voorzitter").get("/api/studies/" + study.id()).json()
                        .get("status").asText()));

        // 4. the node that renders the draft advice dies; the other takes the job over once the lock has expired.
        // The outbox is empty first: a node killed while it hands a mail to the server cannot know whether it went
        // out, and sends it again after the lease (at least once); that is not what this step is about.
        Await.until(Duration.ofSeconds(60), "the outbox to be sent before the kill",
                () -> count(db, "select count(*) from outbox_message where sent_at is null") == 0);
        assertThat(one.as(PREFIX + "secretaris").post("/api/advice-rounds", Map.of("year", YEAR)).status()).isEqualTo(201);
        ApiClient secretariat2 = two.as(PREFIX + "secretaris");
        Scenario.complete(secretariat2, secretariat2.awaitAdviceTask("DRAFT_ADVICE", YEAR),
                Map.of("conclusions", "Conclusies van het cluster.", "recommendations", "Aanbevelingen."), 204);
        String holder = Await.value(Duration.ofSeconds(60), "a node to take the rendering job",
                () -> renderJobLockOwner(db));
        int killed = Integer.parseInt(holder.substring("node-".length()));
        Process victim = nodes.get(killed - 1);
        victim.destroyForcibly();
        long killedAt = System.nanoTime();
        long killedAtMillis = System.currentTimeMillis();
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(victim.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(roundStatus(db)).as("killed while rendering (else the kill came too late)").isEqualTo("RENDERING");
        int survivor = ports.get(2 - killed);
        Scenario alive = new Scenario(survivor, new ApiClient(survivor, "admin", ApplicationTestBase.ADMIN_PASSWORD));
        Await.until(Duration.ofSeconds(180), "the survivor to render the draft",
                () -> "AWAITING_APPROVAL".equals(roundStatus(db)));
        long takenOverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
        System.out.printf("cluster: node-%d killed while rendering; draft rendered by the other node %d ms later "
                + "(lock %d ms, longest acquisition wait %d ms)%n", killed, takenOverMillis, LOCK_TIME_MILLIS,
                MAX_ACQUISITION_WAIT_MILLIS);
        // the survivor starts the rendering once the lock (taken before the kill) has run out and its acquisition
        // has looked again; the killed node's start of it was never committed
        assertThat(count(db, "select count(*) from act_hi_actinst where act_id_ = 'Task_RenderDraft'")).isEqualTo(1);
        long takenUpMillis = epochMillis(db, "select start_time_ from act_hi_actinst where act_id_ = 'Task_RenderDraft'")
                - killedAtMillis;
        System.out.printf("cluster: the other node started the rendering %d ms after the kill%n", takenUpMillis);
        assertThat(takenUpMillis).as("taken up within the lock time plus one acquisition cycle")
                .isLessThanOrEqualTo(LOCK_TIME_MILLIS + MAX_ACQUISITION_WAIT_MILLIS);
        // and finished: the rendering itself takes a few seconds on a busy 2-core machine, 20 s of slack for it
        assertThat(takenOverMillis).isLessThan(LOCK_TIME_MILLIS + MAX_ACQUISITION_WAIT_MILLIS + 20_000L);
        assertThat(count(db, "select draft_number from advice_round where advice_year = " + YEAR))
                .as("the draft rendered once").isEqualTo(1);
        ApiClient.Response draft = alive.as(PREFIX + "voorzitter").get("/api/advice-rounds/" + YEAR + "/document");
        assertThat(draft.status()).isEqualTo(200);
        assertThat(FullYearScenario.text(draft.bytes())).contains("Conclusies van het cluster.");

        // 5. every job once, every mail once
        assertThat(count(db, "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 "
                + "group by job_id_ having count(*) > 1) twice")).as("jobs that succeeded twice").isZero();
        Await.until(Duration.ofSeconds(60), "the outbox to be sent",
                () -> count(db, "select count(*) from outbox_message where sent_at is null") == 0);
        List<String> outbox = strings(db, "select recipient || ' ' || subject from outbox_message order by 1");
        assertThat(outbox).as("mails of this scenario").hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(m -> m.startsWith("voorzitter@cluster.test"));
        Thread.sleep(3_000); // a second send of any of them would arrive now
        List<String> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.add(message.getRecipients(Message.RecipientType.TO)[0] + " " + message.getSubject());
        }
        assertThat(received).as("each mail once").containsExactlyInAnyOrderElementsOf(outbox).doesNotHaveDuplicates();
    }

    private Process start(int n, Path log) throws IOException {
        return ChildApps.startNode(ChildApps.Launch.JAR, "512m", postgres, ports.get(n - 1),
                Files.createTempDirectory("methodetoets-node-" + n + "-"), log,
                "--methodetoets.node-name=node-" + n,
                "--methodetoets.demo.enabled=false",
                "--methodetoets.notification.dispatch-interval=PT1S",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS);
    }

    private static Optional<String> renderJobLockOwner(DataSource db) {
        List<String> owners = strings(db, "select lock_owner_ from act_ru_job where process_def_key_ = 'AnnualAdvice' "
                + "and lock_owner_ is not null");
        return owners.stream().findFirst();
    }

    private static String roundStatus(DataSource db) {
        List<String> status = strings(db, "select status from advice_round where advice_year = " + YEAR);
        return status.isEmpty() ? null : status.get(0);
    }

    private static long epochMillis(DataSource db, String sql) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getTimestamp(1).getTime();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(DataSource db, String sql) {
        return Long.parseLong(strings(db, sql).get(0));
    }

    private static List<String> strings(DataSource db, String sql) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
