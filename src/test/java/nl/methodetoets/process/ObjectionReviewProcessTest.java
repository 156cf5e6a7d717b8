package nl.methodetoets.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
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
 * The objection-review process: started by a message correlated on the study, each branch in its own test —
 * inadmissible, rejected, upheld, a conflict that sends it back to assignment, and the reminder and escalation of an
 * overdue re-review on the engine's clock (test code may set the engine's clock; production code never does).
 */
@Deployment(resources = "processes/objection-review.bpmn")
class ObjectionReviewProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private static final String STUDY_ID = "study-7";
  private static final Instant ASSIGNED = Instant.parse("2031-03-02T09:00:00Z");
  private static final Instant DUE = ASSIGNED.plus(Duration.ofDays(28));
  private static final Instant REMIND = DUE.minus(Duration.ofDays(7));

  ProcessEngine processEngine;

  private final RecordingDelegate sendScoreReminderDelegate = new RecordingDelegate();
  private final RecordingDelegate escalateOverdueScoreDelegate = new RecordingDelegate();
  private final RecordingDelegate computeObjectionVerdictDelegate = new RecordingDelegate();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    ClockUtil.setCurrentTime(Date.from(ASSIGNED));
    Mocks.register("sendScoreReminderDelegate", sendScoreReminderDelegate);
    Mocks.register("escalateOverdueScoreDelegate", escalateOverdueScoreDelegate);
    Mocks.register("computeObjectionVerdictDelegate", computeObjectionVerdictDelegate);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void anInadmissibleObjectionEndsAfterTheSecretariatsJudgement() {
    ProcessInstance objection = file();
    assertThat(objection).isWaitingAtExactly("Task_AssessObjection");
    assertThat(task()).hasCandidateGroup("SECRETARIAT");

    complete(task(), withVariables("admissible", false));

    assertThat(objection).isEnded().hasPassed("EndEvent_ObjectionInadmissible")
        .hasNotPassed("Task_AssignObjectionReviewer", "Task_RescoreStudy", "Task_DecideObjection");
    Assertions.assertThat(computeObjectionVerdictDelegate.callCount()).isZero();
  }

  @Test
  void aRejectedObjectionIsReReviewedComputedAndDecidedByTheChair() {
    ProcessInstance objection = reReviewed("dora.reviewer");

    assertThat(objection).isWaitingAtExactly("Task_DecideObjection");
    assertThat(task()).hasCandidateGroup("CHAIR");
    Assertions.assertThat(computeObjectionVerdictDelegate.callCount()).isEqualTo(1);
    Assertions.assertThat(computeObjectionVerdictDelegate.lastCall().variables())
        .containsEntry("studyId", STUDY_ID).containsEntry("objectionId", "objection-1");
    complete(task(), withVariables("upheld", false));

    assertThat(objection).isEnded().hasPassed("EndEvent_ObjectionRejected").hasNotPassed("EndEvent_ObjectionUpheld");
  }

  @Test
  void anUpheldObjectionEndsWithTheVerdictAmended() {
    ProcessInstance objection = reReviewed("dora.reviewer");
    complete(task(), withVariables("upheld", true));

    assertThat(objection).isEnded().hasPassedInOrder("Task_AssessObjection", "Task_AssignObjectionReviewer",
        "Task_RescoreStudy", "Task_ComputeObjectionVerdict", "Task_DecideObjection", "EndEvent_ObjectionUpheld");
    Assertions.assertThat(jobQuery().count()).as("the re-review's timers are gone").isZero();
  }

  @Test
  void aConflictDeclaredByTheReReviewerSendsTheObjectionBackToAssignment() {
    ProcessInstance objection = assigned("dora.reviewer");
    assertThat(task()).isAssignedTo("dora.reviewer");

    complete(task(), withVariables("conflictDeclared", true));

    assertThat(objection).isWaitingAtExactly("Task_AssignObjectionReviewer");
    Assertions.assertThat(jobQuery().timers().count()).as("the first reviewer's timers are gone").isZero();
    Assertions.assertThat(computeObjectionVerdictDelegate.callCount()).isZero();
    assign("emma.reviewer");
    assertThat(task()).hasDefinitionKey("Task_RescoreStudy").isAssignedTo("emma.reviewer");
    // the replacement completes without touching conflictDeclared: the assignment reset it
    complete(task());

    assertThat(objection).isWaitingAtExactly("Task_DecideObjection");
    Assertions.assertThat(computeObjectionVerdictDelegate.callCount()).isEqualTo(1);
  }

  @Test
  void anOverdueReReviewIsRemindedAWeekBeforeAndEscalatedAfterTheDueDateOnTheEngineClock() {
    ProcessInstance objection = assigned("dora.reviewer");
    assertThat(task()).hasDueDate(Date.from(DUE));

    at(REMIND.minusSeconds(60));
    Assertions.assertThat(dueTimers()).as("nothing due a minute before the reminder").isEmpty();
    at(REMIND.plusSeconds(60));
    List<Job> reminders = dueTimers();
    Assertions.assertThat(reminders).hasSize(1).allMatch(j -> j.getDuedate().equals(Date.from(REMIND)));
    execute(reminders.get(0));
    Assertions.assertThat(sendScoreReminderDelegate.callCount()).isEqualTo(1);
    Assertions.assertThat(sendScoreReminderDelegate.lastCall().variables())
        .containsEntry("studyId", STUDY_ID).containsEntry("reviewer", "dora.reviewer");
    Assertions.assertThat(escalateOverdueScoreDelegate.callCount()).isZero();

    at(DUE.minusSeconds(60));
    Assertions.assertThat(dueTimers()).as("the escalation waits for the due date").isEmpty();
    at(DUE.plusSeconds(60));
    dueTimers().forEach(j -> execute(j));
    Assertions.assertThat(escalateOverdueScoreDelegate.callCount()).isEqualTo(1);
    Assertions.assertThat(escalateOverdueScoreDelegate.lastCall().variables()).containsEntry("reviewer", "dora.reviewer");
    assertThat(objection).isWaitingAtExactly("Task_RescoreStudy").hasPassed("EndEvent_RescoreReminderSent",
        "EndEvent_RescoreEscalated");
    Assertions.assertThat(taskQuery().taskAssignee("dora.reviewer").count()).as("non-interrupting: the task stays").isEqualTo(1);
  }

  /** The objection as the application files it: a start message correlated on the study, then its first job. */
  private ProcessInstance file() {
    ProcessInstance objection = runtimeService().createMessageCorrelation("ObjectionFiled").processInstanceBusinessKey(STUDY_ID)
        .setVariables(Map.of("studyId", STUDY_ID, "objectionId", "objection-1", "submitter", "sanne.submitter"))
        .correlateStartMessage();
    assertThat(objection).isWaitingAt("StartEvent_ObjectionFiled"); // the savepoint before the web's start
    execute(jobQuery().processInstanceId(objection.getId()).singleResult());
    Assertions.assertThat(objection.getBusinessKey()).isEqualTo(STUDY_ID);
    return objection;
  }

  private ProcessInstance assigned(String reviewer) {
    ProcessInstance objection = file();
    complete(task(), withVariables("admissible", true));
    assertThat(objection).isWaitingAtExactly("Task_AssignObjectionReviewer");
    assertThat(task()).hasCandidateGroup("SECRETARIAT");
    assign(reviewer);
    assertThat(objection).isWaitingAtExactly("Task_RescoreStudy");
    return objection;
  }

  private ProcessInstance reReviewed(String reviewer) {
    ProcessInstance objection = assigned(reviewer);
    complete(task(), withVariables("conflictDeclared", false));
    return objection;
  }

  private static void assign(String reviewer) {
    complete(task(), withVariables("reviewer", reviewer, "scoreDue", Date.from(DUE), "scoreReminderAt", Date.from(REMIND)));
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private static List<Job> dueTimers() {
    return jobQuery().timers().executable().list();
  }
}
