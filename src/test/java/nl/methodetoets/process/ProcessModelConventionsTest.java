package nl.methodetoets.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The BPMN files keep the conventions of STYLE.md when edited in the Modeler: readable ids, a diagram for every
 * element, thin service tasks only, and gateways that ask a question.
 */
class ProcessModelConventionsTest {

  private static final String READABLE_ID =
      "(StartEvent|EndEvent|BoundaryEvent|Task|Gateway|SequenceFlow|SubProcess)_[A-Z][A-Za-z0-9]*";

  @ParameterizedTest
  @ValueSource(strings = {"processes/study-review.bpmn", "processes/annual-advice.bpmn", "processes/objection-review.bpmn"})
  void elementsHaveReadableIds(String resource) {
    assertThat(read(resource).getModelElementsByType(FlowElement.class)).extracting(BaseElement::getId)
        .allMatch(id -> id.matches(READABLE_ID), "matches " + READABLE_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"processes/study-review.bpmn", "processes/annual-advice.bpmn", "processes/objection-review.bpmn"})
  void everyElementIsDrawn(String resource) {
    BpmnModelInstance model = read(resource);
    Set<String> drawnNodes = model.getModelElementsByType(BpmnShape.class).stream()
        .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> drawnFlows = model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(edge -> edge.getWaypoints().size() >= 2)
        .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());

    assertThat(ids(model.getModelElementsByType(FlowNode.class))).isSubsetOf(drawnNodes);
    assertThat(ids(model.getModelElementsByType(SequenceFlow.class))).isSubsetOf(drawnFlows);
  }

  @ParameterizedTest
  @ValueSource(strings = {"processes/study-review.bpmn", "processes/annual-advice.bpmn", "processes/objection-review.bpmn"})
  void serviceTasksOnlyCallADelegateBean(String resource) {
    BpmnModelInstance model = read(resource);

    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    assertThat(model.getModelElementsByType(ServiceTask.class)).isNotEmpty().allSatisfy(task -> {
      assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]*Delegate}");
      assertThat(task.getCamundaClass()).as(task.getId()).isNull();
      assertThat(task.getCamundaExpression()).as(task.getId()).isNull();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"processes/study-review.bpmn", "processes/annual-advice.bpmn", "processes/objection-review.bpmn"})
  void decidingGatewaysAskAQuestion(String resource) {
    assertThat(read(resource).getModelElementsByType(ExclusiveGateway.class))
        .filteredOn(gateway -> gateway.getOutgoing().size() > 1)
        .isNotEmpty()
        .allSatisfy(gateway -> assertThat(gateway.getName()).as(gateway.getId()).matches("[A-Z].*\\?"));
  }

  private static Set<String> ids(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
  }

  private static BpmnModelInstance read(String resource) {
    try (InputStream in = ProcessModelConventionsTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("not on the classpath: " + resource);
      }
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
