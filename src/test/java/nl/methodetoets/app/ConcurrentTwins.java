package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several clients send the same submission with the same {@code Idempotency-Key} at the same moment (a retrying
 * proxy, a double click in two tabs): all get the first response, and exactly one study exists afterwards.
 */
final class ConcurrentTwins {
    private ConcurrentTwins() {
    }

    static void submitAndExpectOneStudy(ApiClient submitter, Map<String, Object> metadata, byte[] report, int twins)
            throws Exception {
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(twins);
        List<ApiClient.Response> responses = new ArrayList<>();
        try {
            List<Future<ApiClient.Response>> sent = new ArrayList<>();
            for (int i = 0; i < twins; i++) {
                sent.add(clients.submit(() -> {
                    start.await();
                    return submitter.submit(metadata, report, null, key);
                }));
            }
            start.countDown();
            for (Future<ApiClient.Response> response : sent) {
                responses.add(response.get());
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.text()).isEqualTo(201));
        assertThat(responses).extracting(ApiClient.Response::text).containsOnly(responses.get(0).text());
        assertThat(submitter.get("/api/studies").json().findValuesAsText("title")).containsOnlyOnce((String) metadata.get("title"));
    }
}
