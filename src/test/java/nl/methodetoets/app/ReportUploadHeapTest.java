package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.submission.StudyReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report of exactly the cap (the default 50 MB) goes through the whole intake — multipart, hashing, storage,
 * PDFBox inspection and text extraction — without being held in memory: the live heap, measured after
 * {@code System.gc()} before, during (sampled) and after the upload in this same JVM, rises by a few MB at most.
 */
class ReportUploadHeapTest extends ApplicationTestBase {
    private static final long CAP = 50L * 1024 * 1024;
    private static final long BOUND = 16L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    StudyReports reports;
    @TempDir
    Path scratch;

    @Test
    void aReportOfExactlyTheCapIsStreamedNotBuffered() throws Exception {
        aReportOfExactlyTheCapIsStreamedNotBuffered(port, admin(), reports, scratch);
    }

    /** The test on a running application (also on PostgreSQL, where the report goes into the database). */
    static void aReportOfExactlyTheCapIsStreamedNotBuffered(int port, ApiClient admin, StudyReports reports, Path scratch)
            throws Exception {
        assertThat(reports.maxBytes()).as("the default cap").isEqualTo(CAP);
        Scenario.organisation(admin, "heap-gemeente");
        Scenario.user(admin, "heap-indiener", "heap-gemeente", "SUBMITTER");
        long start = System.nanoTime();
        Path big = TestPdfs.ofExactSize(scratch, "Lijvig rapport", CAP);
        System.out.printf("Made a %d-byte PDF in %d ms%n", Files.size(big), (System.nanoTime() - start) / 1_000_000);
        Path small = Files.write(scratch.resolve("klein.pdf"), DemoReports.pdf("Warming-up", 2));
        // the same path once with a small file first, so class loading and first-use caches are not counted
        assertThat(submit(port, "Warming-up", small).statusCode()).isEqualTo(201);

        long before = liveHeap();
        AtomicLong peak = new AtomicLong(before);
        // a sample every 200 ms, not back to back: full collections stop every thread, the upload must make progress
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "heap-sampler"));
        sampler.scheduleWithFixedDelay(() -> peak.accumulateAndGet(liveHeap(), Math::max), 0, 200, TimeUnit.MILLISECONDS);
        HttpResponse<String> response;
        start = System.nanoTime();
        try {
            response = submit(port, "Lijvig rapport", big);
            System.out.printf("Uploaded it in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        } finally {
            sampler.shutdown();
            assertThat(sampler.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        long after = liveHeap();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode study = JSON.readTree(response.body());
        assertThat(study.get("report").get("bytes").asLong()).isEqualTo(CAP);
        System.out.printf("Heap for a %d MB upload: live before %.1f MB, sampled peak %+.1f MB, after %+.1f MB%n",
                CAP >> 20, before / 1048576.0, (peak.get() - before) / 1048576.0, (after - before) / 1048576.0);
        assertThat(after - before).as("live heap retained after the upload").isLessThan(BOUND);
        assertThat(peak.get() - before).as("live heap during the upload").isLessThan(BOUND);

        Path downloaded = download(port, scratch, study.get("id").asText());
        assertThat(Files.mismatch(downloaded, big)).as("served byte-identical").isEqualTo(-1L);
    }

    private static HttpResponse<String> submit(int port, String title, Path pdf) throws Exception {
        String metadata = JSON.writeValueAsString(Scenario.metadata(title, "heap-gemeente", 2013, "EFFECT", "WONEN"));
        return StreamingUpload.submit(port, "heap-indiener", Scenario.PASSWORD, metadata, pdf);
    }

    private static Path download(int port, Path scratch, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/studies/" + id + "/report"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("heap-indiener:" + Scenario.PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofFile(scratch.resolve("terug.pdf"))).body();
    }

    /** Used heap after a full collection: what is still reachable, not garbage waiting to be collected. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
