package nl.methodetoets.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The study-review process: the happy path in one test, each detour in its own. */
@Deployment(resources = "processes/study-review.bpmn")
class StudyReviewProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private static final String PROCESS = "StudyReview";
  private static final String STUDY_ID = "study-42";
  private static final String SUBMITTER = "sanne.submitter";
  private static final Date COMPLETION_REMINDER_AT = date("2030-01-10T09:00:00Z");
  private static final Date COMPLETION_DEADLINE = date("2030-01-15T17:00:00Z");
  private static final Date SCORE_REMINDER_AT = date("2030-02-22T09:00:00Z");
  private static final Date SCORE_DUE = date("2030-03-01T17:00:00Z");

  ProcessEngine processEngine;

  private final RecordingDelegate intakeOpenedListener = new RecordingDelegate();
  private final RecordingDelegate sendCompletionReminderDelegate = new RecordingDelegate();
  private final RecordingDelegate withdrawAfterDeadlineDelegate = new RecordingDelegate();
  private final RecordingDelegate sendScoreReminderDelegate = new RecordingDelegate();
  private final RecordingDelegate escalateOverdueScoreDelegate = new RecordingDelegate();
  private boolean consensusRequired;
  private final RecordingDelegate consolidateScoresDelegate =
      new RecordingDelegate(execution -> execution.setVariable("consensusRequired", consensusRequired));

  @BeforeEach
  void registerBeans() {
    BpmnAwareTests.init(processEngine);
    Mocks.register("intakeOpenedListener", intakeOpenedListener);
    Mocks.register("sendCompletionReminderDelegate", sendCompletionReminderDelegate);
    Mocks.register("withdrawAfterDeadlineDelegate", withdrawAfterDeadlineDelegate);
    Mocks.register("sendScoreReminderDelegate", sendScoreReminderDelegate);
    Mocks.register("escalateOverdueScoreDelegate", escalateOverdueScoreDelegate);
    Mocks.register("consolidateScoresDelegate", consolidateScoresDelegate);
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void acceptedStudyIsScoredByEachReviewerInParallelAndGetsAVerdict() {
    ProcessInstance study = submitStudy();
    assertThat(task()).hasDefinitionKey("Task_ReviewIntake").hasCandidateGroup("SECRETARIAT");
    Assertions.assertThat(intakeOpenedListener.callCount()).isEqualTo(1);
    Assertions.assertThat(intakeOpenedListener.lastCall().variables()).containsEntry("studyId", STUDY_ID);

    complete(task(), withVariables("intakeDecision", "ACCEPT"));
    assignReviewers(study, "anna.reviewer", "bram.reviewer");

    List<Task> scoreTasks = scoreTasks(study);
    Assertions.assertThat(scoreTasks).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("anna.reviewer", "bram.reviewer");
    Assertions.assertThat(scoreTasks).extracting(Task::getDueDate).containsOnly(SCORE_DUE);
    ObjectValue reviewers = runtimeService().getVariableTyped(study.getId(), "reviewers", false);
    Assertions.assertThat(reviewers.getSerializationDataFormat()).isEqualTo("application/json");
    Assertions.assertThat(reviewers.getValueSerialized()).isEqualTo("[\"anna.reviewer\",\"bram.reviewer\"]");

    // reviewers complete without touching conflictDeclared: the subprocess's default (false) applies
    complete(scoreTaskOf(study, "anna.reviewer"));
    continueAsync(study);
    assertThat(study).isWaitingAt("Task_ScoreStudy");
    Assertions.assertThat(consolidateScoresDelegate.callCount()).isZero();

    complete(scoreTaskOf(study, "bram.reviewer"));
    continueAsync(study);            // after the last score task
    // savepoint after all scores are in, on the multi-instance body of the subprocess
    assertThat(study).isWaitingAt("SubProcess_ReviewByReviewer#multiInstanceBody");
    continueAsync(study);

    Assertions.assertThat(consolidateScoresDelegate.callCount()).isEqualTo(1);
    assertThat(study).isWaitingAtExactly("Task_DecideVerdict");
    assertThat(task()).hasCandidateGroup("CHAIR");
    complete(task());

    assertThat(study).isEnded().hasPassed("EndEvent_StudyAssessed").hasNotPassed("Task_HoldConsensus",
        "Task_AssignReplacementReviewer", "Task_SendScoreReminder", "Task_EscalateOverdueScore");
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(study.getId())
        .taskDefinitionKey("Task_ScoreStudy").count()).isEqualTo(2);
  }

  @Test
  void submitterCompletesTheSubmissionAndIntakeIsDoneAgain() {
    ProcessInstance study = submitStudy();
    requestCompletion();

    assertThat(study).isWaitingAtExactly("Task_CompleteSubmission");
    assertThat(task()).isAssignedTo(SUBMITTER).hasDueDate(COMPLETION_DEADLINE);
    complete(task());

    assertThat(study).isWaitingAtExactly("Task_ReviewIntake");
    Assertions.assertThat(intakeOpenedListener.callCount()).isEqualTo(2);
    Assertions.assertThat(jobQuery().timers().count()).as("the completion timers are gone").isZero();
    complete(task(), withVariables("intakeDecision", "ACCEPT"));

    assertThat(study).isWaitingAtExactly("Task_AssignReviewers").hasPassedInOrder("Task_ReviewIntake",
        "Task_CompleteSubmission", "Task_ReviewIntake");
  }

  @Test
  void submitterIsRemindedBeforeTheCompletionDeadlineAndCanStillComplete() {
    ProcessInstance study = submitStudy();
    requestCompletion();
    Task completion = task();

    Job reminder = timer("BoundaryEvent_CompletionReminder");
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(COMPLETION_REMINDER_AT);
    execute(reminder);

    Assertions.assertThat(sendCompletionReminderDelegate.callCount()).isEqualTo(1);
    Assertions.assertThat(sendCompletionReminderDelegate.lastCall().businessKey()).isEqualTo(STUDY_ID);
    assertThat(study).isWaitingAtExactly("Task_CompleteSubmission").hasPassed("EndEvent_CompletionReminderSent");
    Assertions.assertThat(task().getId()).isEqualTo(completion.getId());
    Assertions.assertThat(timer("BoundaryEvent_CompletionDeadlinePassed")).isNotNull();
  }

  @Test
  void studyIsWithdrawnWhenTheCompletionDeadlinePasses() {
    ProcessInstance study = submitStudy();
    requestCompletion();

    Job deadline = timer("BoundaryEvent_CompletionDeadlinePassed");
    Assertions.assertThat(deadline.getDuedate()).isEqualTo(COMPLETION_DEADLINE);
    execute(deadline);

    Assertions.assertThat(withdrawAfterDeadlineDelegate.callCount()).isEqualTo(1);
    Assertions.assertThat(withdrawAfterDeadlineDelegate.lastCall().variables()).containsEntry("studyId", STUDY_ID);
    Assertions.assertThat(sendCompletionReminderDelegate.callCount()).isZero();
    assertThat(study).isEnded().hasPassed("EndEvent_StudyWithdrawnAfterDeadline");
    Assertions.assertThat(taskQuery().count()).isZero();
  }

  @Test
  void rejectedStudyEndsAfterIntake() {
    ProcessInstance study = submitStudy();
    complete(task(), withVariables("intakeDecision", "REJECT"));

    assertThat(study).isEnded().hasPassed("EndEvent_StudyRejected").hasNotPassed("Task_AssignReviewers");
  }

  @Test
  void submitterCanWithdrawDuringIntake() {
    ProcessInstance study = submitStudy();

    withdraw();

    assertThat(study).isEnded().hasPassed("EndEvent_StudyWithdrawn");
    Assertions.assertThat(taskQuery().count()).isZero();
  }

  @Test
  void submitterCanWithdrawWhileCompletingTheSubmission() {
    ProcessInstance study = submitStudy();
    requestCompletion();

    withdraw();

    assertThat(study).isEnded().hasPassed("EndEvent_StudyWithdrawn");
    Assertions.assertThat(jobQuery().count()).as("deadline and reminder timers are cancelled").isZero();
    Assertions.assertThat(withdrawAfterDeadlineDelegate.callCount()).isZero();
  }

  @Test
  void submitterCanWithdrawWhileReviewersAreScoring() {
    ProcessInstance study = submitStudy();
    complete(task(), withVariables("intakeDecision", "ACCEPT"));
    assignReviewers(study, "anna.reviewer", "bram.reviewer");
    complete(scoreTaskOf(study, "anna.reviewer"));

    withdraw();

    assertThat(study).isEnded().hasPassed("EndEvent_StudyWithdrawn").hasNotPassed("Task_ConsolidateScores");
    Assertions.assertThat(taskQuery().count()).isZero();
    Assertions.assertThat(jobQuery().count()).as("timers and continuations are cancelled").isZero();
  }

  @Test
  void reviewerWithAConflictIsReplacedWithoutDisturbingTheOtherReviewer() {
    ProcessInstance study = submitStudy();
    complete(task(), withVariables("intakeDecision", "ACCEPT"));
    assignReviewers(study, "anna.reviewer", "bram.reviewer");
    Task bramsTask = scoreTaskOf(study, "bram.reviewer");

    complete(scoreTaskOf(study, "anna.reviewer"), withVariables("conflictDeclared", true));
    continueAsync(study);

    assertThat(study).isWaitingAt("Task_AssignReplacementReviewer", "Task_ScoreStudy");
    Task replacement = taskQuery().taskDefinitionKey("Task_AssignReplacementReviewer").singleResult();
    assertThat(replacement).hasCandidateGroup("SECRETARIAT");
    Assertions.assertThat(scoreTasks(study)).extracting(Task::getId).containsExactly(bramsTask.getId());
    Assertions.assertThat(runtimeService().getVariable(study.getId(), "conflictDeclared"))
        .as("the conflict flag stays local to anna's instance").isNull();

    complete(replacement, withVariables("reviewer", "carla.reviewer"));

    Assertions.assertThat(scoreTasks(study)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("bram.reviewer", "carla.reviewer");
    assertThat(scoreTaskOf(study, "carla.reviewer")).hasDueDate(SCORE_DUE);
    Assertions.assertThat(runtimeService().getVariable(study.getId(), "reviewer"))
        .as("the replacement lands in the instance, not on the process").isNull();

    // bram completes without setting the flag: anna's conflict must not leak into his instance
    complete(scoreTaskOf(study, "bram.reviewer"));
    continueAsync(study);
    // carla neither: the replacement starts without anna's conflict
    complete(scoreTaskOf(study, "carla.reviewer"));
    continueAsync(study);
    continueAsync(study);
    complete(task("Task_DecideVerdict"));

    assertThat(study).isEnded().hasPassed("EndEvent_StudyAssessed");
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(study.getId())
        .taskDefinitionKey("Task_ScoreStudy").list()).extracting(t -> t.getAssignee())
        .containsExactlyInAnyOrder("anna.reviewer", "bram.reviewer", "carla.reviewer");
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey("Task_AssignReplacementReviewer").count()).isEqualTo(1);
  }

  @Test
  void reviewerIsRemindedBeforeTheScoreIsDueAndKeepsTheTask() {
    ProcessInstance study = submitStudy();
    complete(task(), withVariables("intakeDecision", "ACCEPT"));
    assignReviewers(study, "anna.reviewer", "bram.reviewer");
    Task annasTask = scoreTaskOf(study, "anna.reviewer");

    Job reminder = timerOf(annasTask, "BoundaryEvent_ScoreReminder");
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(SCORE_REMINDER_AT);
    execute(reminder);

    Assertions.assertThat(sendScoreReminderDelegate.callCount()).isEqualTo(1);
    Assertions.assertThat(sendScoreReminderDelegate.lastCall().variables())
        .containsEntry("reviewer", "anna.reviewer").containsEntry("studyId", STUDY_ID);
    Assertions.assertThat(scoreTasks(study)).extracting(Task::getId).contains(annasTask.getId()).hasSize(2);
    Assertions.assertThat(timerOf(annasTask, "BoundaryEvent_ScoreOverdue")).isNotNull();
    Assertions.assertThat(timerOf(scoreTaskOf(study, "bram.reviewer"), "BoundaryEvent_ScoreReminder"))
        .as("bram's reminder is still pending").isNotNull();
  }

  @Test
  void overdueScoreIsEscalatedToTheSecretariatAndTheReviewerKeepsTheTask() {
    ProcessInstance study = submitStudy();
    complete(task(), withVariables("intakeDecision", "ACCEPT"));
    assignReviewers(study, "anna.reviewer", "bram.reviewer");
    Task bramsTask = scoreTaskOf(study, "bram.reviewer");

    Job overdue = timerOf(bramsTask, "BoundaryEvent_ScoreOverdue");
    Assertions.assertThat(overdue.getDuedate()).isEqualTo(SCORE_DUE);
    execute(overdue);

    Assertions.assertThat(escalateOverdueScoreDelegate.callCount()).isEqualTo(1);
    Assertions.assertThat(escalateOverdueScoreDelegate.lastCall().variables())
        .containsEntry("reviewer", "bram.reviewer").containsEntry("studyId", STUDY_ID);
    Assertions.assertThat(scoreTasks(study)).extracting(Task::getId).contains(bramsTask.getId()).hasSize(2);

    // the late score still counts
    complete(bramsTask);
    continueAsync(study);
    complete(scoreTaskOf(study, "anna.reviewer"));
    continueAsync(study);
    continueAsync(study);
    assertThat(study).isWaitingAtExactly("Task_DecideVerdict").hasPassed("EndEvent_ScoreEscalated");
  }

  @Test
  void divergentScoresGoToAConsensusMeetingBeforeTheVerdict() {
    consensusRequired = true;
    ProcessInstance study = submitStudy();
    complete(task(), withVariables("intakeDecision", "ACCEPT"));
    assignReviewers(study, "anna.reviewer", "bram.reviewer");
    complete(scoreTaskOf(study, "anna.reviewer"));
    continueAsync(study);
    complete(scoreTaskOf(study, "bram.reviewer"));
    continueAsync(study);
    continueAsync(study);

    assertThat(study).isWaitingAtExactly("Task_HoldConsensus");
    assertThat(task()).hasCandidateGroup("CHAIR");
    complete(task());
    assertThat(study).isWaitingAtExactly("Task_DecideVerdict");
    complete(task());

    assertThat(study).isEnded().hasPassedInOrder("Task_ConsolidateScores", "Task_HoldConsensus",
        "Task_DecideVerdict", "EndEvent_StudyAssessed");
  }

  // --- steps -----------------------------------------------------------------------------

  private ProcessInstance submitStudy() {
    ProcessInstance study = runtimeService().startProcessInstanceByKey(PROCESS, STUDY_ID,
        withVariables("studyId", STUDY_ID, "submitter", SUBMITTER));
    assertThat(study).isWaitingAt("StartEvent_StudySubmitted"); // savepoint: the web request returns at once
    continueAsync(study);
    assertThat(study).isWaitingAtExactly("Task_ReviewIntake");
    return study;
  }

  private void requestCompletion() {
    complete(task(), withVariables("intakeDecision", "REQUEST_COMPLETION",
        "completionDeadline", COMPLETION_DEADLINE, "completionReminderAt", COMPLETION_REMINDER_AT));
  }

  private void assignReviewers(ProcessInstance study, String... reviewers) {
    assertThat(study).isWaitingAtExactly("Task_AssignReviewers");
    assertThat(task()).hasCandidateGroup("SECRETARIAT");
    complete(task(), withVariables(
        // an ArrayList, so the JSON variable names a public type; stored as JSON by the engine's default format
        "reviewers", new ArrayList<>(List.of(reviewers)),
        "scoreDue", SCORE_DUE,
        "scoreReminderAt", SCORE_REMINDER_AT));
  }

  private void withdraw() {
    runtimeService().createMessageCorrelation("WithdrawStudy").processInstanceBusinessKey(STUDY_ID).correlate();
  }

  private static List<Task> scoreTasks(ProcessInstance study) {
    return taskQuery().processInstanceId(study.getId()).taskDefinitionKey("Task_ScoreStudy").list();
  }

  private static Task scoreTaskOf(ProcessInstance study, String reviewer) {
    return taskQuery().processInstanceId(study.getId()).taskDefinitionKey("Task_ScoreStudy").taskAssignee(reviewer)
        .singleResult();
  }

  /** Executes the one pending asynchronous continuation (not a timer) of the study. */
  private static void continueAsync(ProcessInstance study) {
    List<Job> continuations = jobQuery().processInstanceId(study.getId()).messages().list();
    Assertions.assertThat(continuations).as("pending asynchronous continuations").hasSize(1);
    execute(continuations.get(0));
  }

  private static Job timer(String boundaryEventId) {
    Job timer = jobQuery().timers().activityId(boundaryEventId).singleResult();
    Assertions.assertThat(timer).as("timer of " + boundaryEventId).isNotNull();
    return timer;
  }

  private static Job timerOf(Task task, String boundaryEventId) {
    return jobQuery().timers().activityId(boundaryEventId).executionId(task.getExecutionId()).singleResult();
  }

  private static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
