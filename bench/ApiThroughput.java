import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives whole studies through a running Methodetoets over its HTTP API (submit, intake, assignment, two scores,
 * verdict) from several client threads, and prints request latencies (p50/p95/max per kind) and studies/minute.
 * JDK only; run against an app started with a known admin password:
 *
 *   METHODETOETS_ADMIN_PASSWORD=bench-admin METHODETOETS_DEMO_ENABLED=false METHODETOETS_DATA_DIR=/tmp/bench-data ./mvnw spring-boot:run
 *   java bench/ApiThroughput.java http://localhost:8080 bench-admin 40 4
 *
 * Arguments: base URL, admin password, number of studies (default 40), client threads (default 4).
 */
public class ApiThroughput {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
    private static String base;
    /** Several nodes (issue 14): each client thread talks to one of them, round robin; per node, the studies it drove. */
    private static volatile List<String> nodes = List.of();
    private static final ThreadLocal<Integer> NODE = ThreadLocal.withInitial(() -> 0);
    private static volatile java.util.concurrent.atomic.AtomicIntegerArray perNode;
    private static final String PASSWORD = "bench-wachtwoord";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    public static void main(String[] args) throws Exception {
        String baseUrl = args.length > 0 ? args[0] : "http://localhost:8080";
        String adminPassword = args.length > 1 ? args[1] : "bench-admin";
        int studies = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;

        setup(baseUrl, adminPassword);
        double seconds = drive(studies, threads);
        System.out.printf("%d studies from submission to verdict with %d client threads in %.1f s: %.1f studies/minute%n",
                studies, threads, seconds, studies / (seconds / 60));
        System.out.print(latencyTable());
    }

    /**
     * Creates the organisations and users the studies need (bench/EngineVsProduct.java calls this, then
     * {@link #drive}, in a class loader of its own per run).
     */
    public static void setup(String baseUrl, String adminPassword) throws Exception {
        base = baseUrl;
        nodes = List.of(baseUrl);
        String admin = basic("admin", adminPassword);
        for (String org : List.of("bench-gemeente", "bench-ministerie", "bench-uni-a", "bench-uni-b")) {
            send("setup", "POST", "/api/organisations", admin, json("id", org, "name", org, "type", "OVERIG"), 201, 409);
        }
        user(admin, "ind", "bench-gemeente", "SUBMITTER");
        user(admin, "sec", "bench-ministerie", "SECRETARIAT");
        user(admin, "chair", "bench-ministerie", "CHAIR");
        user(admin, "r1", "bench-uni-a", "REVIEWER");
        user(admin, "r2", "bench-uni-b", "REVIEWER");
        LATENCIES.remove("setup");
    }

    /** Drives that many whole studies from that many client threads; returns the wall-clock seconds. */
    public static double drive(int studies, int threads) throws Exception {
        return driveNodes(List.of(base), studies, threads);
    }

    /**
     * As {@link #drive}, with the client threads spread over several nodes of one database (thread i talks only to node
     * i mod n); returns the wall-clock seconds, and {@link #studiesPerNode} what each node's clients finished.
     */
    public static double driveNodes(List<String> baseUrls, int studies, int threads) throws Exception {
        nodes = List.copyOf(baseUrls);
        perNode = new java.util.concurrent.atomic.AtomicIntegerArray(baseUrls.size());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(() -> {
            NODE.set(next.getAndIncrement() % baseUrls.size());
            r.run();
        }));
        try {
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < studies; i++) {
                int n = i;
                work.add(pool.submit(() -> {
                    lifecycle(n);
                    perNode.incrementAndGet(NODE.get());
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    public static int[] studiesPerNode() {
        int[] counts = new int[perNode.length()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = perNode.get(i);
        }
        return counts;
    }

    private static String base() {
        return nodes.get(NODE.get());
    }

    /** p50/p95/max per kind of request, one line each. */
    public static String latencyTable() {
        StringBuilder out = new StringBuilder(String.format("%-22s %7s %9s %9s %9s%n", "request", "count", "p50 ms", "p95 ms", "max ms"));
        LATENCIES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Long> values = new ArrayList<>(e.getValue());
            Collections.sort(values);
            out.append(String.format("%-22s %7d %9.1f %9.1f %9.1f%n", e.getKey(), values.size(), pct(values, 0.50) / 1e6,
                    pct(values, 0.95) / 1e6, values.get(values.size() - 1) / 1e6));
        });
        return out.toString();
    }

    private static void lifecycle(int n) throws Exception {
        String submitter = basic(id("ind"), PASSWORD);
        String secretariat = basic(id("sec"), PASSWORD);
        String chair = basic(id("chair"), PASSWORD);
        String study = field(submit(submitter, "Benchmarkstudie " + RUN + "-" + n), "id");
        complete(secretariat, await(secretariat, "INTAKE", study), "{\"decision\":\"ACCEPT\"}");
        complete(secretariat, await(secretariat, "ASSIGN_REVIEWERS", study),
                "{\"reviewers\":[\"" + id("r1") + "\",\"" + id("r2") + "\"]}");
        String scores = "{\"scores\":{\"K1\":4,\"K2\":4,\"K3\":4,\"K4\":4,\"K5\":4,\"K6\":4,\"K7\":4,\"K8\":4}}";
        for (String r : List.of("r1", "r2")) {
            String reviewer = basic(id(r), PASSWORD);
            complete(reviewer, await(reviewer, "SCORE", study), scores);
        }
        complete(chair, await(chair, "VERDICT", study), "{\"verdict\":4,\"exemplary\":true}");
    }

    private static String await(String auth, String type, String study) throws Exception {
        Pattern task = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"type\":\"" + type + "\",\"studyId\":\"" + study + "\"");
        for (int i = 0; i < 600; i++) {
            Matcher m = task.matcher(send("GET /api/tasks", "GET", "/api/tasks", auth, null, 200));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(type + " for " + study + " did not appear");
    }

    private static void complete(String auth, String taskId, String body) throws Exception {
        send("POST complete", "POST", "/api/tasks/" + taskId + "/complete", auth, body, 204);
    }

    private static String submit(String auth, String title) throws Exception {
        String boundary = "bench" + System.nanoTime();
        String metadata = "{\"title\":\"" + title + "\",\"authors\":[\"Bench\"],\"organisation\":\"bench-gemeente\",\"year\":2012,"
                + "\"studyType\":\"EFFECT\",\"wijken\":[],\"themes\":[\"WONEN\"]}";
        byte[] pdf = minimalPdf(title);
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + metadata + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"; filename=\"r.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(pdf);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/studies")).header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        return timed("POST /api/studies", request, 201);
    }

    private static String send(String kind, String method, String path, String auth, String body, int... ok) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", auth);
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return timed(kind, b.build(), ok);
    }

    private static String timed(String kind, HttpRequest request, int... ok) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        LATENCIES.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t);
        for (int code : ok) {
            if (response.statusCode() == code) {
                return response.body();
            }
        }
        throw new IllegalStateException(kind + " answered " + response.statusCode() + ": " + response.body());
    }

    /** A one-page PDF written by hand (PDFBox accepts its approximate cross-reference table). */
    private static byte[] minimalPdf(String title) {
        String text = "BT /F1 12 Tf 72 720 Td (" + title.replaceAll("[()\\\\]", "") + ") Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + text.length() + ">>stream\n" + text + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
                + "trailer<</Root 1 0 R/Size 6>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void user(String admin, String name, String org, String role) throws Exception {
        send("setup", "POST", "/api/users", admin, "{\"id\":\"" + id(name) + "\",\"name\":\"Bench " + name + "\",\"email\":\""
                + id(name) + "@example.nl\",\"password\":\"" + PASSWORD + "\",\"organisation\":\"" + org + "\",\"roles\":[\"" + role + "\"]}", 201);
    }

    /** The id of a user {@link #setup} created: "ind", "sec", "chair", "r1" or "r2". */
    public static String userId(String name) {
        return id(name);
    }

    /** The password of the users {@link #setup} created. */
    public static String password() {
        return PASSWORD;
    }

    private static String id(String name) {
        return "bench-" + RUN + "-" + name;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String... kv) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < kv.length; i += 2) {
            s.append(i == 0 ? "" : ",").append('"').append(kv[i]).append("\":\"").append(kv[i + 1]).append('"');
        }
        return s.append('}').toString();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
