package nl.methodetoets.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scoring timers on the engine's clock: nothing is due before its moment, the reminder becomes due a week
 * before the due date, the escalation after it; both leave the reviewer's task in place (test code may use the
 * engine's test clock, production code never touches engine internals).
 */
@Deployment(resources = "processes/study-review.bpmn")
class ScoringTimersClockTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();
    private static final Instant ASSIGNED = Instant.parse("2030-02-01T09:00:00Z");
    private static final Instant DUE = ASSIGNED.plus(Duration.ofDays(28));
    private static final Instant REMIND = DUE.minus(Duration.ofDays(7));

    ProcessEngine processEngine;
    private final RecordingDelegate reminder = new RecordingDelegate();
    private final RecordingDelegate escalation = new RecordingDelegate();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(ASSIGNED));
        Mocks.register("intakeOpenedListener", new RecordingDelegate());
        Mocks.register("sendCompletionReminderDelegate", new RecordingDelegate());
        Mocks.register("withdrawAfterDeadlineDelegate", new RecordingDelegate());
        Mocks.register("sendScoreReminderDelegate", reminder);
        Mocks.register("escalateOverdueScoreDelegate", escalation);
        Mocks.register("consolidateScoresDelegate", new RecordingDelegate(e -> e.setVariable("consensusRequired", false)));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void reminderAWeekBeforeAndEscalationAfterTheDueDateOnTheEngineClock() {
        ProcessInstance study = runtimeService().startProcessInstanceByKey("StudyReview", "s-1",
                Map.of("studyId", "s-1", "submitter", "sanne"));
        execute(jobQuery().processInstanceId(study.getId()).singleResult());
        complete(task(study), withVariables("intakeDecision", "ACCEPT"));
        complete(task(study), withVariables("reviewers", new ArrayList<>(List.of("anna", "bram")),
                "scoreDue", Date.from(DUE), "scoreReminderAt", Date.from(REMIND)));

        at(REMIND.minusSeconds(60));
        Assertions.assertThat(dueTimers()).as("nothing due a minute before the reminder").isEmpty();
        at(REMIND.plusSeconds(60));
        List<Job> reminders = dueTimers();
        Assertions.assertThat(reminders).hasSize(2).allMatch(j -> j.getDuedate().equals(Date.from(REMIND)));
        reminders.forEach(j -> execute(j));
        Assertions.assertThat(reminder.callCount()).isEqualTo(2);
        Assertions.assertThat(escalation.callCount()).isZero();

        at(DUE.minusSeconds(60));
        Assertions.assertThat(dueTimers()).as("the escalation waits for the due date").isEmpty();
        at(DUE.plusSeconds(60));
        dueTimers().forEach(j -> execute(j));
        Assertions.assertThat(escalation.callCount()).isEqualTo(2);
        Assertions.assertThat(taskQuery().taskDefinitionKey("Task_ScoreStudy").count())
                .as("non-interrupting: both reviewers keep their task").isEqualTo(2);
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private static List<Job> dueTimers() {
        return jobQuery().timers().executable().list();
    }
}
