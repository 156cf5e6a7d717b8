import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The anchor of issue 13: a bare Camunda 7.24 engine (standalone, no Spring, no HTTP) running the product's real
 * {@code processes/study-review.bpmn} with the same study path as bench/ApiThroughput.java drives through the
 * product: start, intake ACCEPT, two reviewers, two scores (the score task is asyncAfter, so jobs run in between),
 * DMN consolidation, verdict. Every delegate and listener the model names is a no-op, except the consolidation,
 * which evaluates the decisions through the DecisionService as the domain needs (consensus triggers per criterion
 * K1–K8, the verdict, the exemplary rule) and sets consensusRequired=false.
 *
 * Engine settings as the product's: history FULL, job executor on, JSON default serialization (Spin), strong UUIDs
 * (the Spring Boot starter's default), Hikari with 10 connections (Spring Boot's default), enforceHistoryTimeToLive.
 *
 *   java -cp "target/bench-classes:$(cat target/cp-runtime.txt)" BareEngine JDBC_URL USER PASSWORD STUDIES THREADS [--no-wait]
 *
 * Prints {@code READY ...} when the engine is up and the models are deployed, then (unless --no-wait) waits for a
 * line on stdin before the workload (bench/EngineVsProduct.java samples its counters then), prints
 * {@code RESULT ...}, waits for another line, closes the engine and the pool (so H2 closes its file cleanly) and
 * prints {@code CLOSED}. Exits non-zero when a study does not finish.
 */
public class BareEngine {
    private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+(?:Delegate|Listener))}");
    private static final List<String> CRITERIA = List.of("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8");
    private static final AtomicInteger DECISIONS = new AtomicInteger();
    private static final AtomicInteger POLLS = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        long launched = ManagementFactory.getRuntimeMXBean().getStartTime();
        String url = args[0];
        String user = args.length > 1 ? args[1] : "sa";
        String password = args.length > 2 ? args[2] : "";
        int studies = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        boolean wait = !List.of(args).contains("--no-wait");
        Path models = Path.of(System.getProperty("bench.processes", "processes"));
        // logback without a configuration logs everything at DEBUG; the product runs at Spring Boot's INFO with the
        // job executor at WARN (application.yml)
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.INFO);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.camunda.bpm.engine.jobexecutor"))
                .setLevel(ch.qos.logback.classic.Level.WARN);

        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(10); // Spring Boot's default Hikari pool, which the product uses

        String bpmn = Files.readString(models.resolve("study-review.bpmn"));
        Map<Object, Object> beans = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        Matcher m = BEAN.matcher(bpmn);
        while (m.find()) {
            names.add(m.group(1));
        }
        for (String name : names) {
            beans.put(name, new NoOp());
        }
        beans.put("consolidateScoresDelegate", new Consolidate());

        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("bare-" + ProcessHandle.current().pid());
        cfg.setDataSource(pool);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE);
        cfg.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
        cfg.setJobExecutorActivate(true);
        cfg.setDefaultSerializationFormat("application/json");
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setEnforceHistoryTimeToLive(true);
        cfg.setBeans(beans);
        List<ProcessEnginePlugin> plugins = new ArrayList<>();
        try {
            plugins.add((ProcessEnginePlugin) Class.forName("org.camunda.spin.plugin.impl.SpinProcessEnginePlugin")
                    .getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            System.out.println("NOTE Spin plugin not on the class path: Java serialization for object variables");
        }
        cfg.setProcessEnginePlugins(plugins);
        ProcessEngine engine = cfg.buildProcessEngine();

        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare-bench")
                .enableDuplicateFiltering(true).addString("study-review.bpmn", bpmn);
        try (var files = Files.list(models)) {
            for (Path dmn : files.filter(p -> p.toString().endsWith(".dmn")).sorted().toList()) {
                deployment.addString(dmn.getFileName().toString(), Files.readString(dmn));
            }
        }
        deployment.deploy();
        System.out.printf("READY startupMs=%d beans=%s%n", System.currentTimeMillis() - launched, names);
        System.out.flush();

        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in));
        if (wait) {
            stdin.readLine();
        }
        long cpu0 = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < studies; i++) {
            String key = "bare-" + i;
            work.add(clients.submit(() -> { lifecycle(engine, key); return null; }));
        }
        int failed = 0;
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (Exception e) {
                failed++;
                if (failed <= 3) {
                    e.printStackTrace();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuMs = (ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() - cpu0) / 1_000_000;
        clients.shutdown();
        long finished = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("StudyReview")
                .finished().count();
        System.out.printf("RESULT studies=%d seconds=%.3f taskCompletions=%d finished=%d failed=%d cpuMs=%d decisions=%d polls=%d%n",
                studies, seconds, studies * 5, finished, failed, cpuMs, DECISIONS.get(), POLLS.get());
        System.out.flush();
        if (wait) {
            stdin.readLine();
        }
        engine.close();
        pool.close();
        System.out.println("CLOSED");
        System.out.flush();
        System.exit(failed == 0 && finished == studies ? 0 : 1);
    }

    /** One study, like the product's client: start, then per step poll every 50 ms until the task is there. */
    private static void lifecycle(ProcessEngine engine, String key) throws InterruptedException {
        TaskService tasks = engine.getTaskService();
        engine.getRuntimeService().startProcessInstanceByKey("StudyReview", key, Map.of("studyId", key, "submitter", "ind"));
        tasks.complete(await(tasks, key, "Task_ReviewIntake", null), Map.of("intakeDecision", "ACCEPT"));
        Date due = new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(28));
        Map<String, Object> assignment = new HashMap<>();
        assignment.put("reviewers", new ArrayList<>(List.of("r1", "r2")));
        assignment.put("scoreDue", due);
        assignment.put("scoreReminderAt", new Date(due.getTime() - TimeUnit.DAYS.toMillis(7)));
        tasks.complete(await(tasks, key, "Task_AssignReviewers", null), assignment);
        for (String reviewer : List.of("r1", "r2")) {
            tasks.complete(await(tasks, key, "Task_ScoreStudy", reviewer), Map.of("conflictDeclared", false));
        }
        tasks.complete(await(tasks, key, "Task_DecideVerdict", null));
    }

    private static String await(TaskService tasks, String key, String definition, String assignee) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            POLLS.incrementAndGet();
            TaskQuery query = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(definition);
            if (assignee != null) {
                query.taskAssignee(assignee);
            }
            List<Task> found = query.list();
            if (!found.isEmpty()) {
                return found.get(0).getId();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(definition + " for " + key + " did not appear");
    }

    /** Every delegate and listener of the model but the consolidation: does nothing. */
    public static class NoOp implements JavaDelegate, ExecutionListener {
        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateExecution execution) {
        }
    }

    /**
     * The engine work of the product's consolidation and no more: the consensus triggers once per criterion, the
     * verdict and the exemplary decision once each, on the scores the bench's client gives (4 on every criterion from
     * both reviewers), through the DecisionService (so each evaluation is written to history as in the product).
     */
    public static class Consolidate implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
            List<String> reasons = new ArrayList<>();
            for (String criterion : CRITERIA) {
                Map<String, Object> v = new HashMap<>();
                v.put("criterion", criterion);
                v.put("lowest", 4);
                v.put("highest", 4);
                v.put("notApplicableMixed", false);
                reasons.addAll(decisions.evaluateDecisionByKey("ConsensusTriggers").variables(v).evaluate()
                        .<String>collectEntries("reason"));
            }
            Map<String, Object> scores = new HashMap<>();
            CRITERIA.forEach(c -> scores.put(c, 4));
            DmnDecisionResult verdictResult = decisions.evaluateDecisionByKey("Verdict").variables(scores).evaluate();
            int verdict = ((Number) verdictResult.getSingleResult().getSingleEntry()).intValue();
            Map<String, Object> e = new HashMap<>();
            e.put("verdict", verdict);
            e.put("lowestScore", 4);
            e.put("studyType", "EFFECT");
            e.put("K1", 4);
            e.put("lowestReviewerVerdict", verdict);
            e.put("reviewerVerdictRange", 0);
            decisions.evaluateDecisionByKey("Exemplary").variables(e).evaluate();
            DECISIONS.addAndGet(CRITERIA.size() + 2);
            execution.setVariable("consensusRequired", !reasons.isEmpty());
        }
    }
}
