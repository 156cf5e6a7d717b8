package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.methodetoets.testing.Await;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A submitter withdraws: at once after submitting, during review, and not any more once assessed. */
class WithdrawalTest extends ApplicationTestBase {
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    @Test
    void withdrawingImmediatelyAfterSubmittingEndsTheProcessToo() {
        Scenario people = new Scenario(port, admin()).organisations("wd-gemeente", "wd-ministerie");
        ApiClient submitter = people.user("wd-indiener", "wd-gemeente", "SUBMITTER");
        ApiClient secretariat = people.user("wd-secretaris", "wd-ministerie", "SECRETARIAT");
        for (int i = 0; i < 5; i++) {
            String study = Scenario.submit(submitter, "Meteen ingetrokken " + i, "wd-gemeente", "EFFECT").id();
            ApiClient.Response withdrawn = submitter.post("/api/studies/" + study + "/withdraw", null);
            assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
            assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
            // the asynchronous start could (wrongly) still open an intake until the process has ended and no job
            // of it is left for the job executor: wait for exactly that, then look
            Await.until(Duration.ofSeconds(30), "the process of " + study + " to end with no job left",
                    () -> processEndedWithoutJobs(study));
            assertThat(secretariat.get("/api/tasks").json().findValuesAsText("studyId")).doesNotContain(study);
            assertThat(submitter.post("/api/studies/" + study + "/withdraw", null).status()).as("twice").isEqualTo(409);
        }
    }

    @Test
    void anAssessedStudyCanNoLongerBeWithdrawn() {
        Scenario people = new Scenario(port, admin()).organisations("wd2-gemeente", "wd2-ministerie", "wd2-uni-a", "wd2-uni-b");
        ApiClient submitter = people.user("wd2-indiener", "wd2-gemeente", "SUBMITTER");
        ApiClient secretariat = people.user("wd2-secretaris", "wd2-ministerie", "SECRETARIAT");
        ApiClient chair = people.user("wd2-voorzitter", "wd2-ministerie", "CHAIR");
        people.user("wd2-r1", "wd2-uni-a", "REVIEWER");
        people.user("wd2-r2", "wd2-uni-b", "REVIEWER");
        Scenario.Study study = Scenario.submit(submitter, "Beoordeeld", "wd2-gemeente", "EFFECT")
                .acceptAndAssign(secretariat, List.of("wd2-r1", "wd2-r2"));
        for (String r : List.of("wd2-r1", "wd2-r2")) {
            study.scores(people.as(r), Scenario.uniform(3));
        }
        study.verdict(chair, 3, false);
        ApiClient.Response refused = submitter.post("/api/studies/" + study.id() + "/withdraw", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("niet meer worden ingetrokken");
    }

    private boolean processEndedWithoutJobs(String study) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(study).list();
        return !instances.isEmpty()
                && runtime.createProcessInstanceQuery().processInstanceBusinessKey(study).count() == 0
                && instances.stream().allMatch(p -> management.createJobQuery().processInstanceId(p.getId()).count() == 0);
    }
}
