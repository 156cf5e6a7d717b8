import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import nl.methodetoets.advice.AdviceDocument;
import nl.methodetoets.advice.AdviceDocument.AdviceStudy;
import nl.methodetoets.advice.AdviceDocument.Change;
import nl.methodetoets.advice.AdviceDocument.CriterionFinding;
import nl.methodetoets.advice.AdviceDocument.Instrument;
import nl.methodetoets.advice.AdviceDocument.Member;
import nl.methodetoets.advice.AdviceDocument.MemberRole;
import nl.methodetoets.advice.AdviceDocument.Trend;
import nl.methodetoets.advice.AdvicePdfRenderer;
import nl.methodetoets.advice.AdviceRules;

/**
 * Renders synthetic advice rounds of 100, 500 and 1,000 studies through the product's own renderer
 * ({@link AdvicePdfRenderer}, public API only) and prints, per size, render time, pages, PDF size and heap, then
 * time(1000)/time(500). Targets (issue 11, "Scale"): that ratio at most 2.2, peak heap under 512 MB at 1,000.
 *
 * <pre>
 *   ./mvnw -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime
 *   java -cp "target/classes:$(cat target/cp.txt)" bench/AdviceRendering.java             # 5 timed renders of 100, 500, 1000
 *   java -cp "target/classes:$(cat target/cp.txt)" bench/AdviceRendering.java 3 1000 2000  # 3 timed renders of 1000, 2000
 * </pre>
 *
 * Every size runs in a fresh child JVM with {@code -Xmx512m}: a 1,000-study round visibly fits in 512 MB, and no size
 * profits from the JIT warm-up of another. Every child warms up alike: 4 untimed renders of the 1,000-study round and
 * one of its own size; then it renders its round the given number of times, and the figures are the medians of those
 * renders. Times: wall clock; CPU time of the rendering thread (the render is single-threaded; on a shared machine
 * this is the steadier figure); CPU time of the whole JVM (GC and JIT threads too).
 *
 * <p>Heap, the largest over the timed renders, each started on a collected heap (System.gc() until it stops shrinking):
 * <ul>
 *   <li><b>peak</b>: the most heap in use during the render (MemoryMXBean's heap use, sampled every 2 ms by another
 *       thread); garbage not yet collected included, so it depends on -Xmx too: the JVM lets more garbage pile up
 *       when it may. (Adding up the memory pools' own peaks would overstate it: the pools peak at different moments,
 *       and that sum can exceed -Xmx.)</li>
 *   <li><b>live</b>: the most heap in use right after any collection during the render (GC notifications): what the
 *       render really keeps alive, at most.</li>
 * </ul>
 * The studies are the same for every size (study i does not depend on the size), so 500 is the first half of 1,000.
 *
 * <p>Options: {@code -Dbench.xmx=3g} for the children's heap (to probe sizes beyond 1,000);
 * {@code -Dbench.jvmArgs="..."} adds options to the children (e.g. {@code -XX:StartFlightRecording=...} to profile);
 * {@code -Dbench.out=DIR} keeps the last PDF of every size there as {@code advice-<studies>.pdf}.
 */
public class AdviceRendering {
    private static final String RESULT = "RESULT ";
    private static final String XMX = "-Xmx" + System.getProperty("bench.xmx", "512m");
    private static final double RATIO_TARGET = 2.2;
    private static final long HEAP_TARGET = 512L * 1024 * 1024;
    private static final double MB = 1024 * 1024;
    private static final int WARM_UP = 4;
    private static final int WARM_UP_STUDIES = 1000;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 500, 1000);
        }
        System.out.printf("Advice rendering: %d cores, Java %s, each size in a fresh child JVM with %s, "
                        + "warm-up %d renders of %d studies + 1 of the size, then %d timed renders (medians)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), XMX, WARM_UP,
                WARM_UP_STUDIES, runs);
        System.out.printf("%7s %5s %8s %8s %10s %11s %9s %8s %8s%n", "studies", "pages", "PDF KB", "wall ms",
                "thread CPU", "process CPU", "alloc MB", "peak MB", "live MB");
        Map<Integer, Result> results = new LinkedHashMap<>();
        for (int size : sizes) {
            Result r = runChild(size, runs);
            results.put(size, r);
            System.out.printf("%7d %5d %8d %8d %10d %11d %9.0f %8.1f %8.1f%n", size, r.pages(), r.bytes() / 1024,
                    median(r.wall()), median(r.thread()), median(r.process()), r.allocated() / MB, r.peak() / MB,
                    r.afterGc() / MB);
        }
        System.out.println("  wall: elapsed; thread CPU: CPU time of the rendering thread; process CPU: of the whole JVM"
                + " (GC and JIT threads too); alloc: bytes allocated by the rendering thread; peak: most heap in use"
                + " (sampled, garbage included); live: most heap in use right after a collection (what the render"
                + " keeps alive, at most). Times in ms.");
        results.forEach((size, r) -> System.out.println("  " + size + " studies, ms per render: wall "
                + Arrays.toString(r.wall()) + ", thread CPU " + Arrays.toString(r.thread())));
        if (results.containsKey(500) && results.containsKey(1000)) {
            Result half = results.get(500);
            Result full = results.get(1000);
            double wall = (double) median(full.wall()) / median(half.wall());
            double cpu = (double) median(full.thread()) / median(half.thread());
            System.out.printf("time(1000)/time(500) = %.2f wall (%s), %.2f thread CPU (%s); target <= %.1f%n",
                    wall, verdict(wall <= RATIO_TARGET), cpu, verdict(cpu <= RATIO_TARGET), RATIO_TARGET);
        }
        if (results.containsKey(1000)) {
            Result full = results.get(1000);
            System.out.printf("heap at 1000 = %.1f MB peak, %.1f MB live, in %s (%s); target < 512 MB%n",
                    full.peak() / MB, full.afterGc() / MB, XMX, verdict(full.peak() < HEAP_TARGET));
        }
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    private record Result(long pages, long bytes, long peak, long afterGc, long allocated, long[] wall,
                          long[] thread, long[] process) {
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Runs one size in a fresh JVM and reads its one result line. */
    private static Result runChild(int size, int runs) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, XMX, "-Dfile.encoding=UTF-8"));
        String extra = System.getProperty("bench.jvmArgs", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        if (System.getProperty("bench.out") != null) {
            command.add("-Dbench.out=" + System.getProperty("bench.out"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), source(), "--child",
                String.valueOf(size), String.valueOf(runs)));
        Path log = Files.createTempFile("advice-rendering-" + size + "-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("size " + size + " did not finish in 30 minutes; output in " + log);
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String result = lines.stream().filter(l -> l.startsWith(RESULT)).reduce((x, y) -> y).orElse(null);
        if (process.exitValue() != 0 || result == null) {
            lines.stream().skip(Math.max(0, lines.size() - 40)).forEach(System.err::println);
            throw new IllegalStateException("size " + size + " failed (exit " + process.exitValue() + "); output in " + log);
        }
        Files.delete(log);
        Map<String, long[]> v = new LinkedHashMap<>();
        for (String field : result.substring(RESULT.length()).trim().split(" ")) {
            String[] kv = field.split("=", 2);
            v.put(kv[0], Arrays.stream(kv[1].split(",")).mapToLong(Long::parseLong).toArray());
        }
        return new Result(v.get("pages")[0], v.get("bytes")[0], v.get("peak")[0], v.get("afterGc")[0],
                v.get("alloc")[0], v.get("wall"), v.get("thread"), v.get("process"));
    }

    /** This program's source file, as the launcher was given it (source-file mode), for the child JVMs. */
    private static String source() {
        return ProcessHandle.current().info().arguments().stream().flatMap(Arrays::stream)
                .filter(a -> a.endsWith("AdviceRendering.java")).findFirst().orElse("bench/AdviceRendering.java");
    }

    // ---------------------------------------------------------------------------------------------------- child

    private static void child(int size, int runs) throws Exception {
        quietLogging();
        AdvicePdfRenderer renderer = new AdvicePdfRenderer(
                Clock.fixed(Instant.parse("2025-06-30T08:00:00Z"), ZoneOffset.UTC), new AdviceRules(0.667, 0.800));
        AdviceDocument doc = round(size);
        AfterGc afterGc = new AfterGc();
        HeapSampler sampler = new HeapSampler();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        // the same warm-up in every child, so that no size is measured with a JIT warmer than another's
        AdviceDocument warmUp = round(WARM_UP_STUDIES);
        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(warmUp);
        }
        byte[] pdf = renderer.render(doc);
        long[] wall = new long[runs];
        long[] thread = new long[runs];
        long[] process = new long[runs];
        long[] allocated = new long[runs];
        long peak = 0;
        long afterGcMax = 0;
        for (int i = 0; i < runs; i++) {
            pdf = null;
            settle();
            afterGc.reset();
            sampler.reset();
            long start = System.nanoTime();
            long threadStart = threads.getCurrentThreadCpuTime();
            long processStart = os.getProcessCpuTime();
            long allocatedStart = threads.getCurrentThreadAllocatedBytes();
            pdf = renderer.render(doc);
            allocated[i] = threads.getCurrentThreadAllocatedBytes() - allocatedStart;
            process[i] = TimeUnit.NANOSECONDS.toMillis(os.getProcessCpuTime() - processStart);
            thread[i] = TimeUnit.NANOSECONDS.toMillis(threads.getCurrentThreadCpuTime() - threadStart);
            wall[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            peak = Math.max(peak, sampler.max());
            Thread.sleep(200); // GC notifications arrive on another thread
            afterGcMax = Math.max(afterGcMax, afterGc.max());
        }
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.write(Path.of(out, "advice-" + size + ".pdf"), pdf);
        }
        int pages;
        try (var pdfDocument = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            pages = pdfDocument.getNumberOfPages();
        }
        System.out.println(RESULT + "pages=" + pages + " bytes=" + pdf.length + " peak=" + peak + " afterGc="
                + afterGcMax + " alloc=" + median(allocated) + " wall=" + joined(wall) + " thread=" + joined(thread)
                + " process=" + joined(process));
    }

    /**
     * Collects until the heap in use stops shrinking: right after the warm-up, one System.gc() leaves ~100 MB more
     * (softly reachable caches, cleared by a later collection), which would be counted against the first render.
     */
    private static void settle() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long before = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > before * 0.95) {
                return;
            }
            before = used;
        }
    }

    private static String joined(long[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(Long::toString).toList());
    }

    /** The most heap in use since the last reset, sampled every 2 ms on a daemon thread. */
    private static final class HeapSampler {
        private final AtomicLong max = new AtomicLong();

        HeapSampler() {
            var memory = ManagementFactory.getMemoryMXBean();
            Thread thread = new Thread(() -> {
                while (true) {
                    max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void reset() {
            max.set(0);
        }

        long max() {
            return max.get();
        }
    }

    /** The largest heap in use right after any collection since the last reset. */
    private static final class AfterGc {
        private final AtomicLong max = new AtomicLong();

        AfterGc() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    if (info.getGcCause().equals("System.gc()")) {
                        return; // the bench's own collection between renders
                    }
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (isHeap(e.getKey())) {
                            used += e.getValue().getUsed();
                        }
                    }
                    max.accumulateAndGet(used, Math::max);
                }, null, null);
            }
        }

        void reset() {
            max.set(0);
        }

        long max() {
            return max.get();
        }

        private static boolean isHeap(String poolName) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(poolName) && p.getType() == MemoryType.HEAP);
        }
    }

    /** openhtmltopdf logs through java.util.logging, Spring/Thymeleaf through SLF4J (Logback at DEBUG unconfigured). */
    private static void quietLogging() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    // ------------------------------------------------------------------------------------------ synthetic round

    private static final String[] TOPICS = {"veiligheid", "leefbaarheid", "werk en participatie", "schoolresultaten",
            "gezondheid", "sociale samenhang", "woningkwaliteit", "armoede en schulden", "jeugdoverlast",
            "buurtparticipatie"};
    private static final String[] APPROACHES = {"de wijkaanpak", "buurtteams", "de brede-schoolaanpak",
            "herstructurering", "integraal buurtbeheer", "een wijkgericht gezondheidsprogramma",
            "de inzet van straatcoaches", "een buurtbudget", "sociale wijkteams", "een achter-de-voordeuraanpak"};
    private static final String[] PLACES = {"Rotterdam-Zuid", "Amsterdam Nieuw-West", "Den Haag Transvaal",
            "Utrecht Overvecht", "Groningen Selwerd", "Tilburg Noord", "Arnhem Presikhaaf", "Ĳsselmonde",
            "Heerlen-Noord", "Zaandam Poelenburg", "Eindhoven Woensel-West", "Leeuwarden Heechterp"};
    private static final String[] KINDS = {"een verschil-in-verschillenanalyse", "een monitor 2019–2024",
            "een procesevaluatie", "een quasi-experiment met vergelijkingswijken", "een tussenbalans",
            "een gespreide invoering"};
    private static final String[] ORGANISATIONS = {"Gemeente Rotterdam", "Gemeente Amsterdam", "Gemeente Den Haag",
            "Universiteit Utrecht", "Rijksuniversiteit Groningen", "Universiteit van Tilburg", "SCP",
            "Verwey-Jonker Instituut", "Platform31", "Aedes", "Erasmus Universiteit Rotterdam", "Movisie"};
    private static final String[] TYPES = {"EFFECT", "EFFECT", "MONITOR", "PROCESS"};
    private static final String[] SURNAMES = {"de Boer", "Öztürk", "Haddou", "van Dijk", "Jansen", "Smit", "Visser",
            "el Amrani", "Bakker", "Mulder", "Claes", "Çelik", "de Vries", "Meijer"};

    /** A round of {@code size} studies; study i is the same in every round, about one in 40 exemplary. */
    static AdviceDocument round(int size) {
        List<AdviceStudy> studies = new ArrayList<>(size);
        Map<Integer, Long> verdicts = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            int h = Math.floorMod(i * 7919 + 17, 1_000_003);
            String title = capitalise(TOPICS[h % TOPICS.length]) + " na " + APPROACHES[(h / 10) % APPROACHES.length]
                    + " in " + PLACES[(h / 100) % PLACES.length] + ": " + KINDS[(i / 3) % KINDS.length];
            List<String> authors = new ArrayList<>();
            for (int a = 0; a <= i % 3; a++) {
                authors.add((char) ('A' + (i + a) % 26) + ". " + SURNAMES[(h + a * 5) % SURNAMES.length]);
            }
            Integer verdict = i % 37 == 36 ? null : 1 + (h % 5);
            boolean exemplary = i % 40 == 7;
            if (exemplary) {
                verdict = 4 + i % 2;
            }
            if (verdict != null) {
                verdicts.merge(verdict, 1L, Long::sum);
            }
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (int k = 1; k <= 8; k++) {
                scores.put("K" + k, exemplary ? 3 + (i + k) % 3 : null);
            }
            studies.add(new AdviceStudy(String.format("S-2024-%04d", i + 1), title, authors,
                    ORGANISATIONS[(h / 7) % ORGANISATIONS.length],
                    i % 4 == 0 ? null : ORGANISATIONS[(h / 11) % ORGANISATIONS.length], TYPES[i % TYPES.length],
                    verdict, exemplary, exemplary && i % 80 == 47,
                    exemplary ? "Vergelijkingswijken vooraf gekozen op basis van een nulmeting; verschil-in-verschillen "
                            + "met betrouwbaarheidsintervallen op wijkniveau en een open gedeelde syntax." : null,
                    exemplary ? scores : null));
        }
        Instrument instrument = instrument();
        List<CriterionFinding> findings = new ArrayList<>();
        for (var c : instrument.criteria()) {
            int k = Integer.parseInt(c.code().substring(1));
            findings.add(new CriterionFinding(c.code(), c.name(), 2.5 + k * 0.1, (long) size * k / 20, 0.62 + k * 0.03,
                    new Change(2.4 + k * 0.1, 0.1 * (k - 4), 0.1 * (k - 4) - 0.2, 0.1 * (k - 4) + 0.2,
                            k < 3 ? "aantoonbaar verslechterd" : k > 5 ? "aantoonbaar verbeterd" : "geen aantoonbare verandering")));
        }
        return new AdviceDocument(2024, false, 0,
                "De methodologische kwaliteit van de effectstudies is dit jaar licht verbeterd.\n"
                        + "Vooral de onderzoeksopzet blijft achter.\n\n"
                        + "Een deel van de studies is aangewezen als voorbeeldstudie.",
                "Kies vergelijkingswijken vóór de start van de aanpak en leg een nulmeting vast.\n\n"
                        + "Rapporteer uitval en ontbrekende gegevens per wijk.",
                studies,
                List.of(new Member("prof. dr. A. de Vries", MemberRole.CHAIR, "Universiteit Utrecht"),
                        new Member("dr. B. Öğüt", MemberRole.MEMBER, "Universiteit Twente"),
                        new Member("dr. C. Ĳzerman", MemberRole.MEMBER, "Sociaal en Cultureel Planbureau"),
                        new Member("mr. D. Jansen", MemberRole.SECRETARIAT, "Ministerie van BZK")),
                verdicts, findings, List.of("K1", "K2", "K6", "K5", "K8", "K3", "K7", "K4"),
                new Trend(2023, 0.31, -0.12, 0.74, "Het verschil is positief, maar het interval omvat nul."),
                instrument,
                OffsetDateTime.of(2025, 3, 14, 10, 30, 0, 0, ZoneOffset.ofHours(1)));
    }

    /** The instrument the application installs (rubric/2012-1.json on the classpath), for the appendix. */
    private static Instrument instrument() {
        try (var in = AdviceRendering.class.getClassLoader().getResourceAsStream("rubric/2012-1.json")) {
            return Instrument.of(new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(in, nl.methodetoets.review.Rubric.class));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
