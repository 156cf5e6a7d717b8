import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Issue 13's anchor: the bare Camunda engine (bench/BareEngine.java) and the product driven over its HTTP API (the
 * lifecycle of bench/ApiThroughput.java) on the same study path, interleaved in one invocation, on H2 (the product's
 * URL options) and on one embedded PostgreSQL (fsync, synchronous_commit and full_page_writes on), each run on a fresh
 * database; plus the start-up baseline bench/BareStarter.java. Prints a line per run and a summary (medians
 * [min–max], ratios product/bare against the targets). Exits non-zero when a run fails.
 *
 *   ./mvnw -o -q -DskipTests compile
 *   ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DincludeScope=test
 *   ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/cp-runtime.txt -DincludeScope=runtime
 *   java -cp "$(cat target/cp.txt)" bench/EngineVsProduct.java [studies=200] [threads=4] [repetitions=3] [settings=h2,pg] [heap=512m]
 *   java -cp "$(cat target/cp.txt)" bench/EngineVsProduct.java tasklist [open=10000] [historic=50000] [scoreStudies=1000] [h2|pg] [heap=512m]
 *   java -cp "$(cat target/cp.txt)" bench/EngineVsProduct.java nodes [studies=200] [threads=4] [node counts=1,2] [heap=512m]
 *
 * Child JVMs (bare engine, product, starter) run with the runtime class path (target/cp-runtime.txt) and the same
 * -Xmx; the helpers are compiled into target/bench-classes first, so no compilation is timed. Logs and data go to
 * /tmp/bench-evp-TIMESTAMP (or -Dbench.dir=...). With -Dbench.jfr=DIR every child JVM records a JFR profile into DIR
 * (settings=profile; for finding causes, not for the figures).
 */
public class EngineVsProduct {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path CLASSES = ROOT.resolve("target/bench-classes");
    static final String ADMIN_PASSWORD = "bench-admin";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Set<Process> CHILDREN = ConcurrentHashMap.newKeySet();
    static final long TICK_MS = 10; // 1000 / CLK_TCK (100 on Linux)
    static String runtimeCp;
    static String heap;
    /** The same collector for every JVM of the comparison: the one the README recommends for the app (see "Heap"). */
    static final String GC = "-XX:+UseSerialGC";
    static Path work;
    static int nextPort = 18100;
    static EmbeddedPostgres pg;
    static Path pgData;
    static int threads;
    static int recordings;

    static void prepare(String heapSize, String name) throws IOException {
        heap = heapSize;
        work = Path.of(System.getProperty("bench.dir",
                "/tmp/bench-" + name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
        Files.createDirectories(work);
        Path cpFile = ROOT.resolve("target/cp-runtime.txt");
        if (!Files.exists(cpFile) || !Files.exists(ROOT.resolve("target/classes/nl/methodetoets/MethodetoetsApplication.class"))) {
            throw new IllegalStateException("build first: ./mvnw -o -q -DskipTests compile and the class paths (see the header)");
        }
        runtimeCp = Files.readString(cpFile).strip();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CHILDREN.forEach(Process::destroyForcibly)));
    }

    /** A database a run uses: for H2 a directory, for PostgreSQL a database of the embedded cluster. */
    record Db(String setting, String url, String user, String password, Path dataDir, String pgName) {
        boolean postgres() {
            return pgName != null;
        }
    }

    /** One run's figures; -1 where a figure does not apply. */
    record Run(int rep, String setting, String kind, int studies, double seconds, long startupMs, long appCpuMs, long pgCpuMs,
               long writeTx, long commits, long sizeStart, long size, long rssKb) {
        double studiesPerS() { return studies / seconds; }
        double completionsPerS() { return 5.0 * studies / seconds; }
        double appCpuPerStudy() { return (double) appCpuMs / studies; }
        double pgCpuPerStudy() { return pgCpuMs < 0 ? -1 : (double) pgCpuMs / studies; }
        double writeTxPerStudy() { return writeTx < 0 ? -1 : (double) writeTx / studies; }
        double commitsPerStudy() { return commits < 0 ? -1 : (double) commits / studies; }
        double mbPerStudy() { return size / 1e6 / studies; }
        double cpuPerStudy() { return appCpuPerStudy() + Math.max(0, pgCpuPerStudy()); }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("tasklist")) {
            TaskListAtScale.run(args);
            return;
        }
        if (args.length > 0 && args[0].equals("nodes")) {
            nodes(args);
            return;
        }
        int studies = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> settings = List.of((args.length > 3 ? args[3] : "h2,pg").split(","));
        prepare(args.length > 4 ? args[4] : "512m", "evp");
        System.out.printf("Engine versus product: %d studies, %d client threads, %d repetitions, %s, -Xmx%s, work dir %s%n",
                studies, threads, repetitions, settings, heap, work);
        compileHelpers();
        if (settings.contains("pg")) {
            startPostgres();
        }

        List<Run> runs = new ArrayList<>();
        List<Long> starterMs = new ArrayList<>();
        int failures = 0;
        for (int rep = 1; rep <= repetitions; rep++) {
            try {
                long ms = bareStarterStartup(rep);
                starterMs.add(ms);
                System.out.printf("rep %d  BareStarter (Spring Boot + Camunda webapp/rest starters, fresh H2): start to healthy %.1f s%n", rep, ms / 1000.0);
            } catch (Exception e) {
                failures++;
                System.out.println("FAILED rep " + rep + " BareStarter: " + e);
            }
            List<String> order = rep % 2 == 1 ? List.of("bare", "product") : List.of("product", "bare");
            for (String setting : settings) {
                for (String kind : order) {
                    try {
                        Db db = freshDb(setting, rep, kind);
                        Run run = kind.equals("bare") ? runBare(rep, db, studies) : runProduct(rep, db, studies);
                        runs.add(run);
                        printRun(run);
                    } catch (Exception e) {
                        failures++;
                        System.out.println("FAILED rep " + rep + " " + setting + " " + kind + ": " + e);
                        e.printStackTrace(System.out);
                    }
                }
            }
        }
        summary(runs, starterMs, settings);
        if (pg != null) {
            pg.close();
        }
        if (failures > 0) {
            System.out.println(failures + " run(s) FAILED; logs in " + work);
            System.exit(1);
        }
    }

    // ---- runs --------------------------------------------------------------------------------------------------

    static Run runBare(int rep, Db db, int studies) throws Exception {
        Path log = work.resolve("rep" + rep + "-" + db.setting() + "-bare.log");
        long launched = System.nanoTime();
        Process p = start(new ProcessBuilder(javaBin(), "-Xmx" + heap, GC, "-cp", CLASSES + File.pathSeparator + runtimeCp,
                "-Dbench.processes=" + ROOT.resolve("processes"), "BareEngine", db.url(), db.user(), db.password(),
                Integer.toString(studies), Integer.toString(threads)).redirectErrorStream(true));
        BlockingQueue<String> lines = follow(p, log);
        try {
            await(lines, p, "READY", 300);
            long startupMs = (System.nanoTime() - launched) / 1_000_000;
            Thread.sleep(1000); // as for the product after its setup: let PostgreSQL's statistics catch up
            Sample before = sample(p.pid(), db);
            OutputStream in = p.getOutputStream();
            in.write("GO\n".getBytes());
            in.flush();
            String result = await(lines, p, "RESULT", 60L * studies + 120);
            Sample after = sample(p.pid(), db);
            double seconds = Double.parseDouble(field(result, "seconds"));
            if (!field(result, "failed").equals("0") || !field(result, "finished").equals(Integer.toString(studies))) {
                throw new IllegalStateException("bare engine: " + result);
            }
            in.write("EXIT\n".getBytes());
            in.flush();
            await(lines, p, "CLOSED", 120);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("bare engine did not exit cleanly; see " + log);
            }
            return finish(rep, db, "bare", studies, seconds, startupMs, before, after);
        } finally {
            stop(p);
        }
    }

    static Run runProduct(int rep, Db db, int studies) throws Exception {
        int port = nextPort++;
        Path log = work.resolve("rep" + rep + "-" + db.setting() + "-product.log");
        long launched = System.nanoTime();
        Process p = launchProduct(port, db, log);
        try {
            awaitHealthy(p, port, log);
            long startupMs = (System.nanoTime() - launched) / 1_000_000;
            Class<?> client = new URLClassLoader(new URL[] {CLASSES.toUri().toURL()}, EngineVsProduct.class.getClassLoader())
                    .loadClass("ApiThroughput");
            client.getMethod("setup", String.class, String.class).invoke(null, "http://localhost:" + port, ADMIN_PASSWORD);
            Thread.sleep(1000);
            Sample before = sample(p.pid(), db);
            double seconds = (double) client.getMethod("drive", int.class, int.class).invoke(null, studies, threads);
            Sample after = sample(p.pid(), db);
            String latencies = (String) client.getMethod("latencyTable").invoke(null);
            Files.writeString(work.resolve("rep" + rep + "-" + db.setting() + "-product-latencies.txt"), latencies);
            System.out.print(latencies.lines().filter(l -> l.startsWith("request") || l.startsWith("GET /api/tasks")
                    || l.startsWith("POST")).map(l -> "        " + l + "\n").reduce("", String::concat));
            p.destroy(); // SIGTERM: Spring's orderly shutdown, the pool closes, H2 closes its file
            if (!p.waitFor(120, TimeUnit.SECONDS) || (p.exitValue() != 0 && p.exitValue() != 143)) {
                throw new IllegalStateException("product did not stop cleanly; see " + log);
            }
            return finish(rep, db, "product", studies, seconds, startupMs, before, after);
        } finally {
            stop(p);
        }
    }

    /**
     * Starts one product node on that port and database ({@link #nodes} starts several on one PostgreSQL database).
     * The product's own main class from target/classes, the runtime class path, the bench's -Xmx.
     */
    static Process launchProduct(int port, Db db, Path log) throws IOException {
        return launchProduct(port, db, log, null);
    }

    static Process launchProduct(int port, Db db, Path log, String nodeName) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx" + heap, GC, "-cp",
                ROOT.resolve("target/classes") + File.pathSeparator + runtimeCp, "nl.methodetoets.MethodetoetsApplication")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("METHODETOETS_DATA_DIR", db.dataDir().toString());
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("METHODETOETS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("METHODETOETS_DEMO_ENABLED", "false");
        if (nodeName != null) {
            env.put("METHODETOETS_NODE_NAME", nodeName);
        }
        if (db.postgres()) {
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            env.put("SPRING_DATASOURCE_URL", db.url());
            env.put("SPRING_DATASOURCE_USERNAME", db.user());
            env.put("SPRING_DATASOURCE_PASSWORD", db.password());
        }
        return start(pb);
    }

    /**
     * Issue 14: {@code nodes <studies> <threads> <node counts, e.g. 1,2> [heap]}. For each node count, a fresh
     * PostgreSQL database and that many product nodes on it (each its own data directory and node name, all job
     * executors on); the client threads are spread over the nodes (thread i on node i mod n). Prints per node the
     * studies its clients finished, its CPU and its share, and the total studies/s.
     */
    static void nodes(String[] args) throws Exception {
        int studies = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        List<Integer> counts = Arrays.stream((args.length > 3 ? args[3] : "1,2").split(",")).map(Integer::parseInt).toList();
        prepare(args.length > 4 ? args[4] : "512m", "nodes");
        System.out.printf("Nodes: %d studies, %d client threads, node counts %s, -Xmx%s, work dir %s%n",
                studies, threads, counts, heap, work);
        compileHelpers();
        startPostgres();
        for (int n : counts) {
            Db db = freshDb("pg", n, "nodes");
            List<Process> running = new ArrayList<>();
            List<String> bases = new ArrayList<>();
            try {
                for (int i = 1; i <= n; i++) {
                    int port = nextPort++;
                    Path dir = Files.createDirectories(work.resolve("nodes" + n + "-node" + i));
                    Db own = new Db(db.setting(), db.url(), db.user(), db.password(), dir, db.pgName());
                    Path log = work.resolve("nodes" + n + "-node" + i + ".log");
                    Process p = launchProduct(port, own, log, "node-" + i);
                    running.add(p);
                    bases.add("http://localhost:" + port);
                    awaitHealthy(p, port, log); // one after the other: the start-up itself is SimultaneousStartPostgresTest's
                }
                Class<?> client = new URLClassLoader(new URL[] {CLASSES.toUri().toURL()}, EngineVsProduct.class.getClassLoader())
                        .loadClass("ApiThroughput");
                client.getMethod("setup", String.class, String.class).invoke(null, bases.get(0), ADMIN_PASSWORD);
                Thread.sleep(1000);
                long[] cpuBefore = running.stream().mapToLong(p -> cpuTicks(p.pid(), false)).toArray();
                long pgBefore = pgCpuMs();
                double seconds = (double) client.getMethod("driveNodes", List.class, int.class, int.class)
                        .invoke(null, bases, studies, threads);
                long pgMs = pgCpuMs() - pgBefore;
                int[] perNode = (int[]) client.getMethod("studiesPerNode").invoke(null);
                System.out.printf("%d node(s): %d studies in %.1f s = %.2f studies/s in total; PostgreSQL CPU %.0f ms/study%n",
                        n, studies, seconds, studies / seconds, (double) pgMs / studies);
                for (int i = 0; i < n; i++) {
                    long cpuMs = (cpuTicks(running.get(i).pid(), false) - cpuBefore[i]) * TICK_MS;
                    System.out.printf("    node-%d: clients finished %d studies (%.2f studies/s), app CPU %d ms (%.0f ms per study of the total)%n",
                            i + 1, perNode[i], perNode[i] / seconds, cpuMs, (double) cpuMs / studies);
                }
            } finally {
                for (Process p : running) {
                    stop(p);
                }
            }
        }
        pg.close();
    }

    static long bareStarterStartup(int rep) throws Exception {
        int port = nextPort++;
        Path dir = work.resolve("rep" + rep + "-starter");
        Files.createDirectories(dir);
        Path log = work.resolve("rep" + rep + "-starter.log");
        long launched = System.nanoTime();
        Process p = start(new ProcessBuilder(javaBin(), "-Xmx" + heap, GC, "-cp", CLASSES + File.pathSeparator + runtimeCp,
                "benchbare.BareStarter", dir.toString(), Integer.toString(port)).redirectErrorStream(true).redirectOutput(log.toFile()));
        try {
            awaitHealthy(p, port, log);
            return (System.nanoTime() - launched) / 1_000_000;
        } finally {
            p.destroy();
            p.waitFor(60, TimeUnit.SECONDS);
            stop(p);
        }
    }

    // ---- measurements ------------------------------------------------------------------------------------------

    /** Counters at one moment: the app JVM's CPU and RSS, PostgreSQL's CPU and next transaction id. */
    record Sample(long appCpuMs, long rssKb, long pgCpuMs, long xmax, long commits, long dbSize) {
    }

    static Sample sample(long pid, Db db) throws Exception {
        long app = cpuTicks(pid, false) * TICK_MS;
        long rss = rssKb(pid);
        if (!db.postgres()) {
            return new Sample(app, rss, -1, -1, -1, dirSize(db.dataDir().resolve("db")));
        }
        try (Connection c = monitor(); Statement s = c.createStatement()) {
            long xmax = single(s, "select pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
            return new Sample(app, rss, pgCpuMs(), xmax, commits(c, db.pgName()), single(s, "select pg_database_size('" + db.pgName() + "')"));
        }
    }

    /** After the child has exited: PostgreSQL reports a backend's commits lazily, at the latest when it exits. */
    static Run finish(int rep, Db db, String kind, int studies, double seconds, long startupMs, Sample before, Sample after) throws Exception {
        long size;
        long commits = -1;
        if (db.postgres()) {
            Thread.sleep(1500);
            try (Connection c = monitor(); Statement s = c.createStatement()) {
                long last = commits(c, db.pgName());
                for (int i = 0; i < 10; i++) { // until the statistics collector has them all
                    Thread.sleep(500);
                    long now = commits(c, db.pgName());
                    if (now == last) {
                        break;
                    }
                    last = now;
                }
                commits = last - before.commits();
                size = single(s, "select pg_database_size('" + db.pgName() + "')");
            }
        } else {
            size = dirSize(db.dataDir().resolve("db"));
        }
        return new Run(rep, db.setting(), kind, studies, seconds, startupMs, after.appCpuMs() - before.appCpuMs(),
                db.postgres() ? after.pgCpuMs() - before.pgCpuMs() : -1, db.postgres() ? after.xmax() - before.xmax() : -1,
                commits, before.dbSize(), size, after.rssKb());
    }

    /** utime + stime (+ cutime + cstime) from /proc/PID/stat, in clock ticks. */
    static long cpuTicks(long pid, boolean withChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
        } catch (IOException | RuntimeException e) {
            return 0; // gone in between
        }
    }

    static long ppid(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The postmaster and its children (backends, checkpointer, WAL writer, …); exited ones are in its cutime/cstime. */
    static long pgCpuMs() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).strip());
        long ticks = cpuTicks(postmaster, true);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                if (ppid(proc.resolve("stat")) == postmaster) {
                    ticks += cpuTicks(Long.parseLong(proc.getFileName().toString()), true);
                }
            }
        }
        return ticks * TICK_MS;
    }

    static long rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    static long dirSize(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    // ---- databases ---------------------------------------------------------------------------------------------

    static void startPostgres() throws Exception {
        pgData = work.resolve("pg");
        pg = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(true)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(work.resolve("pg.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(work.resolve("pg.log").toFile())).start();
        try (Connection c = monitor(); Statement s = c.createStatement()) {
            StringBuilder settings = new StringBuilder();
            for (String name : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method")) {
                try (ResultSet r = s.executeQuery("show " + name)) {
                    r.next();
                    settings.append(' ').append(name).append('=').append(r.getString(1));
                }
            }
            System.out.println("Embedded PostgreSQL on port " + pg.getPort() + ":" + settings);
            if (!settings.toString().contains("fsync=on") || !settings.toString().contains("synchronous_commit=on")) {
                throw new IllegalStateException("PostgreSQL must run with fsync and synchronous_commit on:" + settings);
            }
        }
    }

    static Db freshDb(String setting, int rep, String kind) throws Exception {
        Path dir = work.resolve("rep" + rep + "-" + setting + "-" + kind);
        Files.createDirectories(dir);
        if (setting.equals("h2")) {
            return new Db("h2", h2Url(dir), "sa", "", dir, null);
        }
        if (!setting.equals("pg")) {
            throw new IllegalArgumentException("settings are h2 and pg, not " + setting);
        }
        String name = "bench_r" + rep + "_" + kind;
        try (Connection c = monitor(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        }
        return new Db("pg", "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name, "postgres", "", dir, name);
    }

    /** The product's own H2 URL from application.yml (so the same options, WRITE_DELAY=0 among them) for that dir. */
    static String h2Url(Path dir) throws IOException {
        Matcher m = Pattern.compile("url: (jdbc:h2:file:\\$\\{methodetoets\\.data-dir}\\S*)")
                .matcher(Files.readString(ROOT.resolve("src/main/resources/application.yml")));
        if (!m.find()) {
            throw new IllegalStateException("no H2 URL in application.yml");
        }
        return m.group(1).replace("${methodetoets.data-dir}", dir.toString());
    }

    static Connection monitor() throws Exception {
        Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
        c.setAutoCommit(true);
        return c;
    }

    static long commits(Connection c, String db) throws Exception {
        try (PreparedStatement s = c.prepareStatement("select xact_commit from pg_stat_database where datname = ?")) {
            s.setString(1, db);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    // ---- processes ---------------------------------------------------------------------------------------------

    static void compileHelpers() throws IOException {
        Files.createDirectories(CLASSES);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-nowarn", "-proc:none", "-cp", runtimeCp, "-d", CLASSES.toString()));
        for (String f : List.of("BareEngine.java", "BareStarter.java", "ApiThroughput.java")) {
            args.add(ROOT.resolve("bench").resolve(f).toString());
        }
        long t = System.nanoTime();
        int rc = javac.run(null, null, System.err, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("compiling the bench helpers failed");
        }
        System.out.printf("Compiled BareEngine, BareStarter, ApiThroughput into %s (%.1f s, not part of any figure)%n",
                ROOT.relativize(CLASSES), (System.nanoTime() - t) / 1e9);
    }

    static Process start(ProcessBuilder pb) throws IOException {
        String jfr = System.getProperty("bench.jfr"); // a directory: each child JVM records a profile there (not for figures)
        if (jfr != null) {
            List<String> command = pb.command();
            String main = command.stream().filter(a -> !a.startsWith("-") && a.matches("[\\w.]+") && Character.isUpperCase(
                    a.charAt(a.lastIndexOf('.') + 1))).findFirst().orElse("child");
            command.add(1, "-XX:StartFlightRecording=settings=profile,filename=" + Path.of(jfr).toAbsolutePath()
                    .resolve(String.format("%02d-%s.jfr", ++recordings, main.substring(main.lastIndexOf('.') + 1))));
        }
        Process p = pb.directory(ROOT.toFile()).start();
        CHILDREN.add(p);
        return p;
    }

    static void stop(Process p) throws InterruptedException {
        if (p.isAlive()) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        CHILDREN.remove(p);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Copies the child's output to its log and hands the lines to the caller. */
    static BlockingQueue<String> follow(Process p, Path log) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                 PrintStream out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.println(line);
                    if (line.startsWith("READY") || line.startsWith("RESULT") || line.startsWith("CLOSED")) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the child is gone
            }
        });
        t.setDaemon(true);
        t.start();
        return lines;
    }

    static String await(BlockingQueue<String> lines, Process p, String prefix, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !p.isAlive() && lines.isEmpty()) {
                throw new IllegalStateException("child exited (" + p.exitValue() + ") before " + prefix);
            }
        }
        throw new IllegalStateException("no " + prefix + " within " + seconds + " s");
    }

    static void awaitHealthy(Process p, int port, Path log) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("exited (" + p.exitValue() + ") before it was healthy; see " + log);
            }
            try {
                HttpResponse<String> r = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not healthy within 300 s; see " + log);
    }

    static String field(String line, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=(\\S+)").matcher(line);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + line);
        }
        return m.group(1);
    }

    // ---- output ------------------------------------------------------------------------------------------------

    static final String HEADER = String.format("%-3s %-3s %-7s %9s %9s %10s %10s %9s %9s %8s %8s %9s %8s %7s",
            "rep", "db", "kind", "studies/s", "compl/s", "appCPU/st", "pgCPU/st", "writeTx/st", "commit/st", "MB@start",
            "MB", "MB/study", "start s", "RSS MB");
    static boolean headerPrinted;

    static void printRun(Run r) {
        if (!headerPrinted) {
            System.out.println(HEADER);
            headerPrinted = true;
        }
        System.out.printf("%-3d %-3s %-7s %9.2f %9.2f %10.1f %10s %9s %9s %8.1f %8.1f %9.3f %8.1f %7d%n", r.rep(), r.setting(),
                r.kind(), r.studiesPerS(), r.completionsPerS(), r.appCpuPerStudy(), opt(r.pgCpuPerStudy(), "%.1f"),
                opt(r.writeTxPerStudy(), "%.1f"), opt(r.commitsPerStudy(), "%.1f"), r.sizeStart() / 1e6, r.size() / 1e6,
                r.mbPerStudy(), r.startupMs() / 1000.0, r.rssKb() / 1024);
    }

    static String opt(double v, String format) {
        return v < 0 ? "-" : String.format(format, v);
    }

    static void summary(List<Run> runs, List<Long> starterMs, List<String> settings) {
        System.out.println();
        System.out.println("Summary: medians [min–max] over the repetitions; ratio = product / bare (of the medians)");
        Map<String, Boolean> targets = new LinkedHashMap<>();
        for (String setting : settings) {
            List<Run> bare = runs.stream().filter(r -> r.setting().equals(setting) && r.kind().equals("bare")).toList();
            List<Run> product = runs.stream().filter(r -> r.setting().equals(setting) && r.kind().equals("product")).toList();
            if (bare.isEmpty() || product.isEmpty()) {
                System.out.println(setting + ": no complete pair of runs");
                continue;
            }
            System.out.printf("%n%s %34s %26s %8s%n", setting.toUpperCase(), "bare engine", "product (HTTP API)", "ratio");
            row(setting, "studies/s", bare, product, Run::studiesPerS, "%.2f", 0.7, true, targets);
            row(setting, "task completions/s", bare, product, Run::completionsPerS, "%.2f", Double.NaN, true, targets);
            row(setting, "app CPU ms/study", bare, product, Run::appCpuPerStudy, "%.0f", Double.NaN, false, targets);
            if (setting.equals("pg")) {
                row(setting, "PostgreSQL CPU ms/study", bare, product, Run::pgCpuPerStudy, "%.0f", Double.NaN, false, targets);
                row(setting, "CPU ms/study app+PG", bare, product, Run::cpuPerStudy, "%.0f", Double.NaN, false, targets);
                row(setting, "write transactions/study", bare, product, Run::writeTxPerStudy, "%.1f", 1.2, false, targets);
                row(setting, "all commits/study", bare, product, Run::commitsPerStudy, "%.1f", 1.5, false, targets);
            }
            row(setting, "database MB/study", bare, product, Run::mbPerStudy, "%.3f", Double.NaN, false, targets);
            row(setting, "start-up s (to READY/healthy)", bare, product, r -> r.startupMs() / 1000.0, "%.1f", Double.NaN, false, targets);
            row(setting, "RSS MB after the run", bare, product, r -> r.rssKb() / 1024.0, "%.0f", Double.NaN, false, targets);
            if (setting.equals("h2")) {
                double mb = median(product.stream().map(Run::mbPerStudy).toList());
                System.out.printf("  product H2 MB/study %.3f (target ≤ 0.3): %s%n", mb, mark(targets, "H2 size/study ≤ 0.3 MB", mb <= 0.3));
                double rss = median(product.stream().map(r -> r.rssKb() / 1024.0).toList());
                System.out.printf("  product RSS after the run %.0f MB (target < 768 MiB with -Xmx%s): %s%n", rss, heap,
                        mark(targets, "RSS after the H2 run < 768 MiB", rss < 768 * 1.048576));
            }
        }
        List<Run> productH2 = runs.stream().filter(r -> r.setting().equals("h2") && r.kind().equals("product")).toList();
        if (!starterMs.isEmpty()) {
            double starter = median(starterMs.stream().map(ms -> ms / 1000.0).toList());
            System.out.printf("%nBareStarter start to healthy: %s s%n", spread(starterMs.stream().map(ms -> ms / 1000.0).toList(), "%.1f"));
            if (!productH2.isEmpty()) {
                double product = median(productH2.stream().map(r -> r.startupMs() / 1000.0).toList());
                double ratio = product / starter;
                System.out.printf("start-up product (H2) / BareStarter: %.1f / %.1f s = %.2f (target ≤ 1.3): %s%n", product, starter,
                        ratio, mark(targets, "start-up ratio ≤ 1.3", ratio <= 1.3));
            }
        }
        System.out.println();
        targets.forEach((name, met) -> System.out.printf("  %-42s %s%n", name, met ? "met" : "NOT met"));
    }

    static void row(String setting, String name, List<Run> bare, List<Run> product, ToDoubleFunction<Run> f, String format,
                    double target, boolean atLeast, Map<String, Boolean> targets) {
        List<Double> b = bare.stream().map(f::applyAsDouble).toList();
        List<Double> p = product.stream().map(f::applyAsDouble).toList();
        double ratio = median(p) / median(b);
        String verdict = "";
        if (!Double.isNaN(target)) {
            boolean met = atLeast ? ratio >= target : ratio <= target;
            verdict = String.format("  (target %s %.1f: %s)", atLeast ? "≥" : "≤", target,
                    mark(targets, setting + " " + name + " ratio " + (atLeast ? "≥ " : "≤ ") + target, met));
        }
        System.out.printf("  %-30s %26s %26s %8.2f%s%n", name, spread(b, format), spread(p, format), ratio, verdict);
    }

    static String mark(Map<String, Boolean> targets, String name, boolean met) {
        targets.put(name, met);
        return met ? "met" : "NOT met";
    }

    static String spread(List<Double> values, String format) {
        return String.format(format + " [" + format + "–" + format + "]", median(values), Collections.min(values), Collections.max(values));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

/**
 * Task list at scale (issue 13): p50/p95/p99 of {@code GET /api/tasks} for a reviewer and for the secretariat with
 * 10,000 open and 50,000 historic tasks. Seeding: the product creates its schema, the bench users and ONE real study
 * (through the API, to the verdict); then, with the product stopped, a Camunda engine in this JVM on the product's
 * database starts the other studies' processes through the engine API (each with a copy of the real study's row, so
 * titles resolve; the process's listeners and delegates are no-ops here) — open - 2 × scoreStudies stay at INTAKE
 * (offered to SECRETARIAT), scoreStudies get intake ACCEPT and two reviewers (two SCORE tasks each, one for the
 * measured reviewer) — and bulk-inserts the historic tasks as copies of the real study's five finished task rows.
 * Then the product starts again on that database and the requests are timed (sequential, one client, after warm-up).
 */
class TaskListAtScale {
    static void run(String[] args) throws Exception {
        int open = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int historic = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int scoreStudies = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        String setting = args.length > 4 ? args[4] : "h2";
        EngineVsProduct.prepare(args.length > 5 ? args[5] : "512m", "tasklist");
        if (open < 2 * scoreStudies) {
            throw new IllegalArgumentException("open tasks must be at least 2 × scoreStudies");
        }
        System.out.printf("Task list at scale: %d open tasks (%d SCORE for two reviewers, the rest INTAKE), %d historic, %s, work dir %s%n",
                open, 2 * scoreStudies, historic, setting, EngineVsProduct.work);
        EngineVsProduct.compileHelpers();
        if (setting.equals("pg")) {
            EngineVsProduct.startPostgres();
        }
        EngineVsProduct.Db db = EngineVsProduct.freshDb(setting, 0, "tasklist");

        int port = EngineVsProduct.nextPort++;
        Process p = EngineVsProduct.launchProduct(port, db, EngineVsProduct.work.resolve("tasklist-product-1.log"));
        Class<?> client;
        try {
            EngineVsProduct.awaitHealthy(p, port, EngineVsProduct.work.resolve("tasklist-product-1.log"));
            client = new URLClassLoader(new URL[] {EngineVsProduct.CLASSES.toUri().toURL()}, TaskListAtScale.class.getClassLoader())
                    .loadClass("ApiThroughput");
            client.getMethod("setup", String.class, String.class).invoke(null, "http://localhost:" + port, EngineVsProduct.ADMIN_PASSWORD);
            client.getMethod("drive", int.class, int.class).invoke(null, 1, 1);
            p.destroy();
            p.waitFor(120, TimeUnit.SECONDS);
        } finally {
            EngineVsProduct.stop(p);
        }
        String r1 = (String) client.getMethod("userId", String.class).invoke(null, "r1");
        String r2 = (String) client.getMethod("userId", String.class).invoke(null, "r2");
        String sec = (String) client.getMethod("userId", String.class).invoke(null, "sec");
        String submitter = (String) client.getMethod("userId", String.class).invoke(null, "ind");
        String password = (String) client.getMethod("password").invoke(null);

        long t = System.nanoTime();
        seed(db, open, scoreStudies, historic, submitter, r1, r2);
        System.out.printf("Seeded in %.0f s%n", (System.nanoTime() - t) / 1e9);

        port = EngineVsProduct.nextPort++;
        Path log = EngineVsProduct.work.resolve("tasklist-product-2.log");
        long launched = System.nanoTime();
        p = EngineVsProduct.launchProduct(port, db, log);
        try {
            EngineVsProduct.awaitHealthy(p, port, log);
            System.out.printf("Product start to healthy on the seeded database: %.1f s%n", (System.nanoTime() - launched) / 1e9);
            String base = "http://localhost:" + port;
            boolean met = true;
            for (String[] who : new String[][] {{"reviewer", r1}, {"secretariat", sec}}) {
                met &= measure(base, who[0], who[1], password);
            }
            System.out.println("p95 ≤ 50 ms for both: " + (met ? "met" : "NOT met"));
            p.destroy();
            p.waitFor(120, TimeUnit.SECONDS);
        } finally {
            EngineVsProduct.stop(p);
        }
        if (EngineVsProduct.pg != null) {
            EngineVsProduct.pg.close();
        }
    }

    static boolean measure(String base, String role, String user, String password) throws Exception {
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/tasks")).header("Authorization", auth)
                .timeout(Duration.ofSeconds(60)).build();
        int items = 0;
        long bytes = 0;
        for (int i = 0; i < 20; i++) { // warm-up
            HttpResponse<String> r = EngineVsProduct.HTTP.send(get, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /api/tasks as " + role + ": " + r.statusCode() + " " + r.body());
            }
            items = r.body().split("\\{\"id\":", -1).length - 1;
            bytes = r.body().length();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = EngineVsProduct.HTTP.send(get, HttpResponse.BodyHandlers.ofString());
            ms.add((System.nanoTime() - t) / 1e6);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /api/tasks as " + role + ": " + r.statusCode());
            }
        }
        Collections.sort(ms);
        double p95 = pct(ms, 0.95);
        System.out.printf("GET /api/tasks as the %-11s (%5d tasks, %7.1f KB): p50 %6.1f  p95 %6.1f  p99 %6.1f  max %6.1f ms (target p95 ≤ 50: %s)%n",
                role, items, bytes / 1024.0, pct(ms, 0.50), p95, pct(ms, 0.99), ms.get(ms.size() - 1), p95 <= 50 ? "met" : "NOT met");
        return p95 <= 50;
    }

    static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    static void seed(EngineVsProduct.Db db, int open, int scoreStudies, int historic, String submitter, String r1, String r2) throws Exception {
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource();
        pool.setJdbcUrl(db.url().replace(";WRITE_DELAY=0", "")); // seeding needs no per-commit flush
        pool.setUsername(db.user());
        pool.setPassword(db.password());
        pool.setMaximumPoolSize(10);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Map<Object, Object> beans = new java.util.HashMap<>();
        try (Stream<Path> models = Files.list(EngineVsProduct.ROOT.resolve("processes"))) {
            Pattern bean = Pattern.compile("\\$\\{(\\w+(?:Delegate|Listener))}");
            for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher m = bean.matcher(Files.readString(model));
                while (m.find()) {
                    beans.put(m.group(1), new Quiet());
                }
            }
        }
        var cfg = new org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("seeder");
        cfg.setDataSource(pool);
        cfg.setDatabaseSchemaUpdate("false");
        cfg.setHistory("full");
        cfg.setJobExecutorActivate(false);
        cfg.setDefaultSerializationFormat("application/json");
        cfg.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator());
        cfg.setBeans(beans);
        cfg.setProcessEnginePlugins(new ArrayList<>(List.of(new org.camunda.spin.plugin.impl.SpinProcessEnginePlugin())));
        org.camunda.bpm.engine.ProcessEngine engine = cfg.buildProcessEngine();
        try (Connection c = pool.getConnection()) {
            String template;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id from study")) {
                r.next();
                template = r.getString(1);
            }
            int studies = open - scoreStudies;
            java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(4);
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            List<java.util.concurrent.Future<?>> work = new ArrayList<>();
            for (int i = 0; i < studies; i++) {
                int n = i;
                work.add(workers.submit(() -> {
                    seedStudy(engine, pool, template, n, n < scoreStudies, submitter, r1, r2);
                    if (done.incrementAndGet() % 1000 == 0) {
                        System.out.printf("  %d studies seeded%n", done.get());
                    }
                    return null;
                }));
            }
            for (var f : work) {
                f.get();
            }
            workers.shutdown();
            insertHistoricTasks(c, historic);
            try (Statement s = c.createStatement()) {
                System.out.printf("Database now: %d studies, %d open tasks (%d for %s, %d offered to SECRETARIAT), %d finished historic tasks%n",
                        EngineVsProduct.single(s, "select count(*) from study"), EngineVsProduct.single(s, "select count(*) from ACT_RU_TASK"),
                        EngineVsProduct.single(s, "select count(*) from ACT_RU_TASK where ASSIGNEE_ = '" + r1 + "'"), r1,
                        EngineVsProduct.single(s, "select count(distinct t.ID_) from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_"
                                + " where l.GROUP_ID_ = 'SECRETARIAT' and t.ASSIGNEE_ is null"),
                        EngineVsProduct.single(s, "select count(*) from ACT_HI_TASKINST where END_TIME_ is not null"));
            }
        } finally {
            engine.close();
            pool.close();
        }
    }

    static void seedStudy(org.camunda.bpm.engine.ProcessEngine engine, javax.sql.DataSource pool, String template, int n,
                          boolean toScore, String submitter, String r1, String r2) throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into study (id, title, authors, organisation_id, commissioned_by, study_year, study_type, wijken,
                                   themes, summary, status, submitted_by, submitted_at, public_report)
                select ?, ?, authors, organisation_id, commissioned_by, study_year, study_type, wijken, themes, summary,
                       ?, submitted_by, submitted_at, public_report from study where id = ?""")) {
            s.setString(1, id);
            s.setString(2, "Seeded study " + n + " on the task list at scale");
            s.setString(3, toScore ? "IN_REVIEW" : "SUBMITTED");
            s.setString(4, template);
            s.executeUpdate();
        }
        var runtime = engine.getRuntimeService();
        var tasks = engine.getTaskService();
        String instance = runtime.startProcessInstanceByKey("StudyReview", id, Map.of("studyId", id, "submitter", submitter)).getId();
        for (var job : engine.getManagementService().createJobQuery().processInstanceId(instance).executable().list()) {
            engine.getManagementService().executeJob(job.getId()); // the start event is asyncBefore
        }
        if (toScore) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), Map.of("intakeDecision", "ACCEPT"));
            java.util.Date due = new java.util.Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(28));
            Map<String, Object> v = new java.util.HashMap<>();
            v.put("reviewers", new ArrayList<>(List.of(r1, r2)));
            v.put("scoreDue", due);
            v.put("scoreReminderAt", new java.util.Date(due.getTime() - TimeUnit.DAYS.toMillis(7)));
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), v);
        }
    }

    /** Copies of the real study's finished task rows, five a study, each copy with ids of its own. */
    static void insertHistoricTasks(Connection c, int historic) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select * from ACT_HI_TASKINST where END_TIME_ is not null")) {
            var meta = r.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String col : columns) {
                    row.put(col, r.getObject(col));
                }
                rows.add(row);
            }
        }
        Set<String> fresh = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_", "ACT_INST_ID_");
        String sql = "insert into ACT_HI_TASKINST (" + String.join(",", columns) + ") values ("
                + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int inserted = 0;
            while (inserted < historic) {
                String instance = java.util.UUID.randomUUID().toString();
                for (Map<String, Object> row : rows) {
                    if (inserted == historic) {
                        break;
                    }
                    int i = 1;
                    for (String col : columns) {
                        String upper = col.toUpperCase();
                        Object value = upper.equals("ID_") || upper.equals("ACT_INST_ID_") ? java.util.UUID.randomUUID().toString()
                                : fresh.contains(upper) && row.get(col) != null ? instance : row.get(col);
                        s.setObject(i++, value);
                    }
                    s.addBatch();
                    inserted++;
                    if (inserted % 1000 == 0) {
                        s.executeBatch();
                        c.commit();
                    }
                }
            }
            s.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The seeder's stand-in for the product's delegates and listeners (the task list reads none of their effects). */
    public static class Quiet implements org.camunda.bpm.engine.delegate.JavaDelegate, org.camunda.bpm.engine.delegate.ExecutionListener,
            org.camunda.bpm.engine.delegate.TaskListener {
        @Override
        public void execute(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        }

        @Override
        public void notify(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        }

        @Override
        public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
        }
    }
}
