package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash durability on PostgreSQL: the application runs as a child JVM on an embedded PostgreSQL that this test owns,
 * and is killed with SIGKILL ({@link Process#destroyForcibly()}, i.e. {@code kill -9}) while eight reviewer threads
 * save drafts and send scores (a scoring storm) and while the engine renders the draft annual advice. Restarted on
 * the same database and data directory, every write the app had acknowledged (a 2xx) is there, the open tasks can
 * still be completed, every study reaches consensus and verdict, the interrupted rendering finishes by itself and the
 * round goes on to publication.
 *
 * <p>Each reviewer thread sends three drafts and the scores of its first task, then saves drafts of its second task until
 * the app dies under it; the secretariat sends the advice draft once six of the eight first scores are acknowledged, and
 * the kill comes as soon as the engine has locked the rendering job (seen in {@code ACT_RU_JOB}).
 *
 * <p>The child runs with {@code camunda.bpm.job-execution.lock-time-in-millis=30000}: a job the killed JVM had locked
 * is taken up again once its lock expires, which is five minutes with the engine's default (README, Configuration, "After a crash").
 * Not much shorter: a job still running when its lock expires is taken up a second time (one of the two then fails
 * on optimistic locking and rolls back), and the first draft of a JVM on a busy machine takes more than ten seconds.
 * The child's output goes to {@code target/crash-recovery/app-<n>.log}.
 */
class CrashRecoveryPostgresTest {
    private static final int YEAR = 2013;
    private static final int STUDIES = 8;
    private static final int REVIEWERS = 4;
    private static final int DRAFTS_PER_TASK = 3;
    private static final int LOCK_TIME_MILLIS = 30_000;
    private static final String PREFIX = "crash-";

    private final long t0 = System.nanoTime();
    private final List<Process> children = new ArrayList<>();
    private final Thread killer = new Thread(this::killChildren, "crash-test-child-killer");
    private EmbeddedPostgres postgres;
    private Path dataDir;
    private int started;

    /** What the app acknowledged for one score task, and what was in flight when it died. */
    private static final class TaskLog {
        final String taskId;
        final String studyId;
        final String reviewer;
        final int slot;
        final int study;
        volatile int lastAckedDraft;
        volatile int inFlightDraft;
        volatile boolean completionInFlight;
        volatile boolean completionAcked;

        TaskLog(String taskId, String studyId, String reviewer, int study, int slot) {
            this.taskId = taskId;
            this.studyId = studyId;
            this.reviewer = reviewer;
            this.study = study;
            this.slot = slot;
        }
    }

    @AfterEach
    void cleanUp() throws IOException {
        killChildren();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is shutting down, or the hook was never added
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void killedDuringScoringStormAndAdviceRenderingLosesNothingAndGoesOn() throws Exception {
        Runtime.getRuntime().addShutdownHook(killer);
        postgres = PostgresTestConfiguration.durable();
        DataSource db = postgres.getPostgresDatabase();
        dataDir = Files.createTempDirectory("methodetoets-crash-");

        // --- first life: people, studies in review, an advice round waiting for its draft
        int port = startApp();
        mark("up");
        Scenario people = new Scenario(port, new ApiClient(port, "admin", ApplicationTestBase.ADMIN_PASSWORD))
                .organisations(PREFIX + "gemeente", PREFIX + "ministerie", PREFIX + "universiteit");
        people.user(PREFIX + "indiener", PREFIX + "gemeente", "SUBMITTER");
        people.user(PREFIX + "secretaris", PREFIX + "ministerie", "SECRETARIAT");
        people.user(PREFIX + "voorzitter", PREFIX + "ministerie", "CHAIR");
        List<String> reviewers = new ArrayList<>();
        for (int r = 1; r <= REVIEWERS; r++) {
            people.user(PREFIX + "r" + r, PREFIX + "universiteit", "REVIEWER");
            reviewers.add(PREFIX + "r" + r);
        }
        List<String> studies = setUpStudies(people, reviewers);
        List<TaskLog> tasks = scoreTasks(people, studies, reviewers);
        ApiClient secretariat = people.as(PREFIX + "secretaris");
        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", YEAR)).status()).isEqualTo(201);
        String draftAdviceTask = secretariat.awaitAdviceTask("DRAFT_ADVICE", YEAR).get("id").asText();
        String conclusions = "Conclusies na de crash " + YEAR;

        // --- the storm, the advice trigger in the middle of it, and kill -9 while the engine renders
        mark("set-up done");
        AtomicBoolean dead = new AtomicBoolean();
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger scored = new AtomicInteger();
        ExecutorService storm = Executors.newFixedThreadPool(2 * REVIEWERS);
        List<Future<?>> workers = new ArrayList<>();
        for (int r = 0; r < REVIEWERS; r++) {
            String reviewer = reviewers.get(r);
            List<TaskLog> own = tasks.stream().filter(t -> t.reviewer.equals(reviewer)).toList();
            for (List<TaskLog> half : List.of(own.subList(0, own.size() / 2), own.subList(own.size() / 2, own.size()))) {
                ApiClient client = people.as(reviewer);
                workers.add(storm.submit(() -> storm(client, half, dead, acked, scored)));
            }
        }
        int firstTasks = 2 * REVIEWERS;
        Await.until(Duration.ofSeconds(90), "three quarters of the first scores acknowledged",
                () -> scored.get() >= firstTasks * 3 / 4);
        Scenario.complete(secretariat, draftAdviceTask,
                Map.of("conclusions", conclusions, "recommendations", "Aanbevelingen na de crash."), 204);
        Await.until(Duration.ofSeconds(30), "the engine to take the rendering job", () -> renderJobLocked(db));
        long killedAt = kill();
        long killedAtMillis = System.currentTimeMillis();
        mark("killed");
        dead.set(true);
        for (Future<?> worker : workers) {
            worker.get(30, TimeUnit.SECONDS);
        }
        storm.shutdownNow();

        int ackedDrafts = tasks.stream().mapToInt(t -> t.lastAckedDraft).sum();
        long ackedScores = tasks.stream().filter(t -> t.completionAcked).count();
        long inFlight = tasks.stream().filter(t -> t.inFlightDraft > 0 || t.completionInFlight).count();
        assertThat(ackedDrafts + ackedScores).as("acknowledged writes before the kill").isEqualTo(acked.get());
        assertThat(ackedScores).as("the storm was killed half-way").isGreaterThanOrEqualTo(firstTasks * 3 / 4)
                .isLessThan(tasks.size());
        assertThat(inFlight).as("requests in flight at the kill").isPositive();
        assertThat(roundStatus(db)).as("killed while rendering").isEqualTo("RENDERING");
        assertThat(renderJobLocked(db)).as("the dead JVM's lock on the rendering job").isTrue();

        // --- second life on the same database and data directory
        port = startApp();
        mark("up again");
        long upAfter = System.nanoTime() - killedAt;
        people = new Scenario(port, new ApiClient(port, "admin", ApplicationTestBase.ADMIN_PASSWORD));
        ApiClient chair = people.as(PREFIX + "voorzitter");
        secretariat = people.as(PREFIX + "secretaris");
        for (String study : studies) {
            assertThat(secretariat.get("/api/studies/" + study).json().get("status").asText()).isIn("IN_REVIEW", "IN_CONSENSUS");
        }
        for (TaskLog task : tasks) {
            assertAcknowledgedWritesPresent(people.as(task.reviewer), task);
        }

        // the scoring goes on: the reviewers finish what the crash interrupted
        for (TaskLog task : tasks) {
            ApiClient reviewer = people.as(task.reviewer);
            ApiClient.Response open = reviewer.get("/api/tasks/" + task.taskId);
            if (open.status() == 200) {
                Scenario.complete(reviewer, task.taskId, finalScores(task), 204);
            }
            ApiClient.Response review = reviewer.get("/reviews/" + task.studyId);
            assertThat(review.status()).isEqualTo(200);
            assertThat(review.text()).contains(summary(task));
        }

        // the interrupted rendering finishes by itself once the dead JVM's lock has expired
        String rendered = awaitRoundStatus(secretariat, "AWAITING_APPROVAL", Duration.ofSeconds(120));
        long renderedAfter = renderedDraftAt(db) - killedAtMillis;
        mark("draft advice rendered");
        assertThat(rendered).isEqualTo("AWAITING_APPROVAL");
        JsonNode approve = chair.awaitAdviceTask("APPROVE_ADVICE", YEAR);
        ApiClient.Response draft = chair.get("/api/advice-rounds/" + YEAR + "/document");
        assertThat(draft.status()).isEqualTo(200);
        assertThat(FullYearScenario.text(draft.bytes())).contains("CONCEPT").contains(conclusions);

        // every study reaches consensus and verdict, with the independent scores as sent
        for (int i = 0; i < studies.size(); i++) {
            String study = studies.get(i);
            JsonNode consensus = chair.awaitTask("CONSENSUS", study);
            JsonNode independent = chair.get("/api/tasks/" + consensus.get("id").asText()).json().get("independentScores");
            for (TaskLog task : tasks.stream().filter(t -> t.studyId.equals(study)).toList()) {
                Map<String, Integer> sent = scores(task.study, task.slot);
                for (Map.Entry<String, Integer> score : sent.entrySet()) {
                    assertThat(independent.get(task.reviewer).get(score.getKey()).asInt())
                            .as("%s %s of %s", task.reviewer, score.getKey(), study).isEqualTo(score.getValue());
                }
            }
            Map<String, Object> agreed = new LinkedHashMap<>();
            agreed.put("scores", Scenario.uniform(3));
            agreed.put("rationale", "K3 besproken na de crash.");
            Scenario.complete(chair, consensus, agreed, 204);
            Scenario.study(study).takeComputedVerdict(chair);
        }
        for (String study : studies) {
            Await.until(Duration.ofSeconds(30), study + " assessed",
                    () -> "ASSESSED".equals(chair.get("/api/studies/" + study).json().get("status").asText()));
        }

        mark("every study assessed");
        // the advice goes on: returned (the round now gathers the assessed studies), redrafted, approved, published
        Scenario.complete(chair, approve, Map.of("approved", false, "remarks", "Neem de beoordeelde studies op."), 204);
        Scenario.complete(secretariat, secretariat.awaitAdviceTask("DRAFT_ADVICE", YEAR),
                Map.of("conclusions", conclusions + ", herzien.", "recommendations", "Aanbevelingen."), 204);
        Scenario.complete(chair, chair.awaitAdviceTask("APPROVE_ADVICE", YEAR), Map.of("approved", true), 204);
        assertThat(awaitRoundStatus(secretariat, "PUBLISHED", Duration.ofSeconds(120))).isEqualTo("PUBLISHED");
        assertThat(secretariat.get("/api/advice-rounds/" + YEAR).json().get("studies").asInt()).isEqualTo(STUDIES);
        for (String study : studies) {
            assertThat(secretariat.get("/api/studies/" + study).json().get("status").asText()).isEqualTo("PUBLISHED");
        }
        mark("published");
        System.out.printf("crash recovery: %d acknowledged writes before the kill (%d drafts, %d scores of %d tasks), "
                        + "%d tasks with a write in flight; app up again %d ms after the kill, draft advice rendered %d ms "
                        + "after the kill (job lock time %d ms)%n",
                acked.get(), ackedDrafts, ackedScores, tasks.size(), inFlight,
                TimeUnit.NANOSECONDS.toMillis(upAfter), renderedAfter, LOCK_TIME_MILLIS);
    }

    // --- the storm

    /**
     * One reviewer thread with two tasks: three drafts and the scores of the first, then drafts of the second until
     * the app dies under it. Every 2xx is recorded; the request the app died under stays "in flight".
     */
    private static void storm(ApiClient client, List<TaskLog> tasks, AtomicBoolean dead, AtomicInteger acked,
                              AtomicInteger scored) {
        try {
            for (int t = 0; t < tasks.size(); t++) {
                TaskLog task = tasks.get(t);
                boolean last = t == tasks.size() - 1;
                for (int n = 1; last ? !dead.get() && n < 100_000 : n <= DRAFTS_PER_TASK; n++) {
                    task.inFlightDraft = n;
                    ApiClient.Response response = client.post("/api/tasks/" + task.taskId + "/draft", draft(task, n));
                    if (response.status() / 100 != 2) {
                        throw new AssertionError("draft " + n + " of " + task.taskId + ": " + response.status() + " " + response.text());
                    }
                    task.lastAckedDraft = n;
                    task.inFlightDraft = 0;
                    acked.incrementAndGet();
                }
                if (last) {
                    return;
                }
                task.completionInFlight = true;
                ApiClient.Response response = client.post("/api/tasks/" + task.taskId + "/complete", finalScores(task));
                if (response.status() / 100 != 2) {
                    throw new AssertionError("scores of " + task.taskId + ": " + response.status() + " " + response.text());
                }
                task.completionAcked = true;
                task.completionInFlight = false;
                acked.incrementAndGet();
                scored.incrementAndGet();
            }
        } catch (RuntimeException e) {
            if (!dead.get() && !(e.getCause() instanceof IOException)) {
                throw e;
            }
            // the app died under this request: it stays in flight, unacknowledged
        }
    }

    private static void assertAcknowledgedWritesPresent(ApiClient reviewer, TaskLog task) {
        ApiClient.Response open = reviewer.get("/api/tasks/" + task.taskId);
        if (task.completionAcked) {
            assertThat(reviewer.get("/api/tasks").json().findValuesAsText("id")).as("sent task %s", task.taskId)
                    .doesNotContain(task.taskId);
            ApiClient.Response review = reviewer.get("/reviews/" + task.studyId);
            assertThat(review.status()).as("sent review of %s", task.taskId).isEqualTo(200);
            assertThat(review.text()).contains(summary(task));
            return;
        }
        if (open.status() != 200) {
            assertThat(task.completionInFlight).as("task %s gone without a completion in flight: %s", task.taskId,
                    open.text()).isTrue();
            return;
        }
        JsonNode draft = open.json().get("draft");
        if (task.lastAckedDraft == 0 && task.inFlightDraft == 0) {
            assertThat(draft == null || draft.isNull()).as("no draft of %s", task.taskId).isTrue();
            return;
        }
        List<String> possible = new ArrayList<>();
        if (task.lastAckedDraft > 0) {
            possible.add(draftSummary(task, task.lastAckedDraft));
        }
        if (task.inFlightDraft > 0) {
            possible.add(draftSummary(task, task.inFlightDraft));
        }
        if (task.lastAckedDraft > 0) {
            assertThat(draft != null && !draft.isNull()).as("acknowledged draft of %s", task.taskId).isTrue();
        }
        if (draft != null && !draft.isNull()) {
            assertThat(draft.get("summary").asText()).as("draft of %s", task.taskId).isIn(possible);
            int n = Integer.parseInt(draft.get("summary").asText().replaceAll(".*-", ""));
            assertThat(draft.get("scores").get("K1").asInt()).isEqualTo(draftLevel(n));
        }
    }

    private static Map<String, Object> draft(TaskLog task, int n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scores", Map.of("K1", draftLevel(n)));
        body.put("comments", Map.of("K1", "Concept " + n));
        body.put("summary", draftSummary(task, n));
        return body;
    }

    private static int draftLevel(int n) {
        return 1 + n % 5;
    }

    private static String draftSummary(TaskLog task, int n) {
        return "concept-" + task.taskId + "-" + n;
    }

    private static Map<String, Object> finalScores(TaskLog task) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scores", scores(task.study, task.slot));
        body.put("comments", Map.of("K3", "Toelichting " + task.slot));
        body.put("summary", summary(task));
        return body;
    }

    private static String summary(TaskLog task) {
        return "eindoordeel-" + task.taskId;
    }

    /** Scores per study and reviewer slot: K3 two levels apart or more, so every study needs consensus. */
    private static Map<String, Integer> scores(int study, int slot) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int k = 1; k <= 8; k++) {
            scores.put("K" + k, k == 3 ? (slot == 0 ? 1 : 4) : 2 + (study + k + slot) % 3);
        }
        return scores;
    }

    // --- set-up

    /** Eight studies submitted, accepted and each assigned to two of the four reviewers, four at a time. */
    private static List<String> setUpStudies(Scenario people, List<String> reviewers) throws Exception {
        ApiClient submitter = people.as(PREFIX + "indiener");
        ApiClient secretariat = people.as(PREFIX + "secretaris");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < STUDIES; i++) {
                int n = i;
                ids.add(pool.submit(() -> {
                    String title = "Crashbestendige studie " + n;
                    return Scenario.submit(submitter, Scenario.metadata(title, PREFIX + "gemeente", YEAR, "EFFECT", "WONEN"),
                                    DemoReports.pdf(title, 3))
                            .acceptAndAssign(secretariat, pair(reviewers, n)).id();
                }));
            }
            List<String> studies = new ArrayList<>();
            for (Future<String> id : ids) {
                studies.add(id.get(120, TimeUnit.SECONDS));
            }
            return studies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> pair(List<String> reviewers, int study) {
        return List.of(reviewers.get(study % REVIEWERS), reviewers.get((study + 1) % REVIEWERS));
    }

    private static List<TaskLog> scoreTasks(Scenario people, List<String> studies, List<String> reviewers) {
        List<TaskLog> tasks = new ArrayList<>();
        for (int i = 0; i < studies.size(); i++) {
            List<String> pair = pair(reviewers, i);
            for (int slot = 0; slot < 2; slot++) {
                String reviewer = pair.get(slot);
                JsonNode task = people.as(reviewer).awaitTask("SCORE", studies.get(i));
                tasks.add(new TaskLog(task.get("id").asText(), studies.get(i), reviewer, i, slot));
            }
        }
        return tasks;
    }

    // --- the database, seen directly while the app is dead

    private static boolean renderJobLocked(DataSource db) {
        return query(db, "select count(*) from act_ru_job where process_def_key_ = 'AnnualAdvice' "
                + "and lock_owner_ is not null") > 0;
    }

    /** When the engine finished rendering the (first) draft, by its history. */
    private static long renderedDraftAt(DataSource db) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select min(end_time_) from act_hi_actinst where act_id_ = 'Task_RenderDraft' and end_time_ is not null");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getTimestamp(1).getTime();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String roundStatus(DataSource db) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select status from advice_round where advice_year = ?")) {
            s.setInt(1, YEAR);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long query(DataSource db, String sql) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String awaitRoundStatus(ApiClient client, String status, Duration timeout) {
        return Await.value(timeout, "the advice round " + YEAR + " to be " + status, () -> {
            String now = client.get("/api/advice-rounds/" + YEAR).json().get("status").asText();
            return now.equals(status) ? Optional.of(now) : Optional.empty();
        });
    }

    private void mark(String phase) {
        System.out.printf("crash recovery: %s after %d ms%n", phase, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }

    // --- the child JVM

    /** Starts the app as a child JVM on the test's PostgreSQL and data directory; returns its port once it is UP. */
    private int startApp() throws IOException {
        int port = ChildApps.freePort();
        Path logs = Path.of("target", "crash-recovery");
        Files.createDirectories(logs);
        Path log = logs.resolve("app-" + (++started) + ".log");
        Process child = ChildApps.startNode(ChildApps.Launch.CLASSES, "768m", postgres, port, dataDir, log,
                "--methodetoets.demo.enabled=false",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS);
        children.add(child);
        ChildApps.awaitUp(child, port, log);
        return port;
    }

    /** SIGKILL on the running child (no shutdown hooks, no orderly close); returns the moment it died. */
    private long kill() throws InterruptedException {
        Process child = children.get(children.size() - 1);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return System.nanoTime();
    }

    private void killChildren() {
        for (Process child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
                try {
                    child.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
