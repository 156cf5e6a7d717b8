package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Ten reviewers finish scoring one study at the same moment, over HTTP against the running app on PostgreSQL:
 * no error response, every score stored, and the study moves on to consolidation exactly once.
 */
class ConcurrentScoringPostgresTest extends PostgresApplicationTestBase {
    private static final int REVIEWERS = 10;

    @Test
    void tenReviewersCompletingAtOnceLoseNothing() throws Exception {
        Scenario people = new Scenario(port, admin()).organisations("cc-gemeente", "cc-ministerie", "cc-universiteit");
        ApiClient submitter = people.user("cc-indiener", "cc-gemeente", "SUBMITTER");
        ApiClient secretariat = people.user("cc-secretaris", "cc-ministerie", "SECRETARIAT");
        ApiClient chair = people.user("cc-voorzitter", "cc-ministerie", "CHAIR");
        List<String> reviewers = new ArrayList<>();
        for (int i = 1; i <= REVIEWERS; i++) {
            people.user("cc-r" + i, "cc-universiteit", "REVIEWER");
            reviewers.add("cc-r" + i);
        }
        String study = Scenario.submit(submitter, "Gelijktijdig gescoord", "cc-gemeente", "EFFECT")
                .acceptAndAssign(secretariat, reviewers).id();

        List<String> taskIds = new ArrayList<>();
        for (String reviewer : reviewers) {
            taskIds.add(people.as(reviewer).awaitTask("SCORE", study).get("id").asText());
        }
        ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> responses = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            ApiClient client = people.as(reviewers.get(i));
            String taskId = taskIds.get(i);
            int level = 4 + (i % 2);
            Callable<ApiClient.Response> completion = () -> {
                start.await();
                return client.post("/api/tasks/" + taskId + "/complete", body(level, "Commentaar " + taskId));
            };
            responses.add(pool.submit(completion));
        }
        start.countDown();
        for (Future<ApiClient.Response> response : responses) {
            ApiClient.Response r = response.get();
            assertThat(r.status()).as(r.text()).isEqualTo(204);
        }
        pool.shutdown();

        JsonNode next = chair.awaitTask(t -> study.equals(t.path("studyId").asText(null))
                && (t.path("type").asText().equals("VERDICT") || t.path("type").asText().equals("CONSENSUS")));
        assertThat(next.get("type").asText()).isEqualTo("VERDICT"); // 4s and 5s: no trigger fires
        JsonNode verdict = chair.get("/api/tasks/" + next.get("id").asText()).json();
        assertThat(verdict.get("consolidated").get("K1").asInt()).as("median of five 4s and five 5s, rounded down").isEqualTo(4);
        JsonNode workload = secretariat.get("/api/reviewers/workload").json();
        int submitted = 0;
        for (JsonNode w : workload) {
            if (w.get("reviewerId").asText().startsWith("cc-r")) {
                submitted += w.get("submitted").asInt();
                assertThat(w.get("openTasks").asInt()).isZero();
            }
        }
        assertThat(submitted).as("every reviewer's scores stored").isEqualTo(REVIEWERS);
        assertThat(chair.get("/api/tasks").json().findValuesAsText("studyId").stream().filter(study::equals).count())
                .as("the study moved on exactly once").isEqualTo(1);
    }

    private static Map<String, Object> body(int level, String comment) {
        return Map.of("scores", Scenario.uniform(level), "comments", Map.of("K1", comment), "summary", comment);
    }
}
