package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A submitter withdraws: at once after submitting, during review, and not any more once assessed. */
class WithdrawalTest extends ApplicationTestBase {

    @Test
    void withdrawingImmediatelyAfterSubmittingEndsTheProcessToo() throws Exception {
        People people = new People(port, admin()).organisations("wd-gemeente", "wd-ministerie");
        ApiClient submitter = people.user("wd-indiener", "wd-gemeente", "SUBMITTER");
        ApiClient secretariat = people.user("wd-secretaris", "wd-ministerie", "SECRETARIAT");
        for (int i = 0; i < 5; i++) {
            String study = People.submit(submitter, "Meteen ingetrokken " + i, "wd-gemeente", "EFFECT");
            ApiClient.Response withdrawn = submitter.post("/api/studies/" + study + "/withdraw", null);
            assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
            assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
            Thread.sleep(300); // give the asynchronous start a chance to (wrongly) open an intake
            assertThat(secretariat.get("/api/tasks").json().findValuesAsText("studyId")).doesNotContain(study);
            assertThat(submitter.post("/api/studies/" + study + "/withdraw", null).status()).as("twice").isEqualTo(409);
        }
    }

    @Test
    void anAssessedStudyCanNoLongerBeWithdrawn() {
        People people = new People(port, admin()).organisations("wd2-gemeente", "wd2-ministerie", "wd2-uni-a", "wd2-uni-b");
        ApiClient submitter = people.user("wd2-indiener", "wd2-gemeente", "SUBMITTER");
        ApiClient secretariat = people.user("wd2-secretaris", "wd2-ministerie", "SECRETARIAT");
        ApiClient chair = people.user("wd2-voorzitter", "wd2-ministerie", "CHAIR");
        people.user("wd2-r1", "wd2-uni-a", "REVIEWER");
        people.user("wd2-r2", "wd2-uni-b", "REVIEWER");
        String study = People.submit(submitter, "Beoordeeld", "wd2-gemeente", "EFFECT");
        People.complete(secretariat, secretariat.awaitTask("INTAKE", study).get("id").asText(), Map.of("decision", "ACCEPT"), 204);
        People.complete(secretariat, secretariat.awaitTask("ASSIGN_REVIEWERS", study).get("id").asText(),
                Map.of("reviewers", java.util.List.of("wd2-r1", "wd2-r2")), 204);
        Map<String, Integer> scores = FullYearScenario.uniform(3);
        for (String r : java.util.List.of("wd2-r1", "wd2-r2")) {
            ApiClient reviewer = people.as(r);
            People.complete(reviewer, reviewer.awaitTask("SCORE", study).get("id").asText(), Map.of("scores", scores), 204);
        }
        JsonNode verdict = chair.awaitTask("VERDICT", study);
        People.complete(chair, verdict.get("id").asText(), Map.of("verdict", 3, "exemplary", false), 204);
        ApiClient.Response refused = submitter.post("/api/studies/" + study + "/withdraw", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("niet meer worden ingetrokken");
    }
}
