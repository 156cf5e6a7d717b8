package nl.methodetoets.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * All models deploy together as the application deploys them, carry a version tag and a history time to live,
 * and the decisions answer through the engine's decision service the way the application calls them.
 */
@Deployment(resources = {"processes/study-review.bpmn", "processes/annual-advice.bpmn", "processes/objection-review.bpmn",
    "processes/verdict.dmn",
    "processes/exemplary.dmn", "processes/consensus-triggers.dmn"})
class DeployedDefinitionsTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  ProcessEngine processEngine;

  @Test
  void processesAreVersionedAndExpireFromHistory() {
    List<ProcessDefinition> processes = processEngine.getRepositoryService().createProcessDefinitionQuery().list();

    assertThat(processes).extracting(ProcessDefinition::getKey).containsExactlyInAnyOrder("StudyReview", "AnnualAdvice", "ObjectionReview");
    assertThat(processes).extracting(ProcessDefinition::getName)
        .containsExactlyInAnyOrder("Beoordeling van een studie", "Jaaradvies", "Behandeling van een bezwaar");
    assertThat(processes).extracting(ProcessDefinition::getVersionTag).containsOnly("1");
    assertThat(processes).extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(3650);
  }

  @Test
  void decisionsAreVersionedAndExpireFromHistory() {
    List<DecisionDefinition> decisions = processEngine.getRepositoryService().createDecisionDefinitionQuery().list();

    assertThat(decisions).extracting(DecisionDefinition::getKey)
        .containsExactlyInAnyOrder("Verdict", "Exemplary", "ConsensusTriggers");
    assertThat(decisions).extracting(DecisionDefinition::getVersionTag).containsOnly("1");
    assertThat(decisions).extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(3650);
  }

  @Test
  void verdictIsEvaluatedByTheEngine() {
    Object verdict = processEngine.getDecisionService().evaluateDecisionByKey("Verdict")
        .variables(Variables.createVariables().putValue("K1", 2).putValue("K2", 4).putValue("K3", 4)
            .putValue("K4", 4).putValue("K5", 4).putValue("K6", 4).putValue("K7", 4).putValue("K8", null))
        .evaluate().getSingleEntry();

    assertThat(verdict).isEqualTo(3);
  }

  @Test
  void exemplaryIsEvaluatedByTheEngine() {
    Object exemplary = processEngine.getDecisionService().evaluateDecisionByKey("Exemplary")
        .variables(Variables.createVariables().putValue("verdict", 4).putValue("lowestScore", 3)
            .putValue("studyType", "MONITOR").putValue("K1", null).putValue("lowestReviewerVerdict", 4)
            .putValue("reviewerVerdictRange", 0))
        .evaluate().getSingleEntry();

    assertThat(exemplary).isEqualTo(true);
  }

  @Test
  void consensusTriggersAreEvaluatedByTheEngine() {
    List<Object> reasons = processEngine.getDecisionService().evaluateDecisionByKey("ConsensusTriggers")
        .variables(Variables.createVariables().putValue("criterion", "K2").putValue("lowest", 2)
            .putValue("highest", 4).putValue("notApplicableMixed", false))
        .evaluate().collectEntries("reason");

    assertThat(reasons).containsExactlyInAnyOrder("SPREAD_TWO_OR_MORE", "STRADDLES_2_3");
  }
}
