package nl.methodetoets.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
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

/** The annual-advice process: straight through, and once sent back by the chair. */
@Deployment(resources = "processes/annual-advice.bpmn")
class AnnualAdviceProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  private static final int YEAR = 2012;

  ProcessEngine processEngine;

  private final RecordingDelegate gatherStudiesDelegate = new RecordingDelegate();
  private final RecordingDelegate renderDraftAdviceDelegate = new RecordingDelegate();
  private final RecordingDelegate renderFinalAdviceDelegate = new RecordingDelegate();
  private final RecordingDelegate publishAdviceDelegate = new RecordingDelegate();

  @BeforeEach
  void registerBeans() {
    BpmnAwareTests.init(processEngine);
    Mocks.register("gatherStudiesDelegate", gatherStudiesDelegate);
    Mocks.register("renderDraftAdviceDelegate", renderDraftAdviceDelegate);
    Mocks.register("renderFinalAdviceDelegate", renderFinalAdviceDelegate);
    Mocks.register("publishAdviceDelegate", publishAdviceDelegate);
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void approvedAdviceIsRenderedAndPublished() {
    ProcessInstance round = startRound();

    draftAndRender(round);
    approve(round, true);

    continueAsyncAt(round, "Task_RenderFinal");
    assertThat(round).isEnded().hasPassedInOrder("Task_GatherStudies", "Task_DraftAdvice", "Task_RenderDraft",
        "Task_ApproveAdvice", "Task_RenderFinal", "Task_PublishAdvice", "EndEvent_AdvicePublished");
    assertCalls(1, 1, 1, 1);
    Assertions.assertThat(gatherStudiesDelegate.lastCall().variables()).containsEntry("year", YEAR);
    Assertions.assertThat(publishAdviceDelegate.lastCall().businessKey()).isEqualTo(String.valueOf(YEAR));
  }

  @Test
  void adviceSentBackByTheChairIsGatheredDraftedAndRenderedAgain() {
    ProcessInstance round = startRound();
    draftAndRender(round);

    approve(round, false);

    assertThat(round).isWaitingAtExactly("Task_DraftAdvice");
    assertCalls(2, 1, 0, 0);
    draftAndRender(round);
    assertCalls(2, 2, 0, 0);
    approve(round, true);
    continueAsyncAt(round, "Task_RenderFinal");

    assertThat(round).isEnded().hasPassed("EndEvent_AdvicePublished");
    assertCalls(2, 2, 1, 1);
  }

  private ProcessInstance startRound() {
    ProcessInstance round = runtimeService().startProcessInstanceByKey("AnnualAdvice", String.valueOf(YEAR),
        withVariables("year", YEAR));
    continueAsyncAt(round, "StartEvent_AdviceRoundStarted");
    return round;
  }

  private void draftAndRender(ProcessInstance round) {
    assertThat(round).isWaitingAtExactly("Task_DraftAdvice");
    assertThat(task()).hasCandidateGroup("SECRETARIAT");
    complete(task());
    continueAsyncAt(round, "Task_RenderDraft");
  }

  private void approve(ProcessInstance round, boolean approved) {
    assertThat(round).isWaitingAtExactly("Task_ApproveAdvice");
    assertThat(task()).hasCandidateGroup("CHAIR");
    complete(task(), withVariables("approved", approved));
  }

  private void assertCalls(int gathered, int draftsRendered, int finalsRendered, int published) {
    Assertions.assertThat(List.of(gatherStudiesDelegate.callCount(), renderDraftAdviceDelegate.callCount(),
            renderFinalAdviceDelegate.callCount(), publishAdviceDelegate.callCount()))
        .as("calls of gather, render draft, render final, publish")
        .containsExactly(gathered, draftsRendered, finalsRendered, published);
  }

  /** Executes the one pending savepoint, which must sit before the given activity. */
  private static void continueAsyncAt(ProcessInstance round, String activityId) {
    Assertions.assertThat(jobQuery().processInstanceId(round.getId()).count()).as("pending jobs").isEqualTo(1);
    Job job = jobQuery().processInstanceId(round.getId()).activityId(activityId).singleResult();
    Assertions.assertThat(job).as("savepoint before " + activityId).isNotNull();
    execute(job);
  }
}
