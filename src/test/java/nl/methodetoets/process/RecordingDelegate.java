package nl.methodetoets.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for an application delegate or listener bean: remembers every call with the variables it could
 * see, and optionally does what the real bean would do to the process (e.g. set a gateway flag).
 */
final class RecordingDelegate implements JavaDelegate, ExecutionListener {

  /** What one call saw. */
  record Call(String activityId, String businessKey, Map<String, Object> variables) {
  }

  private final List<Call> calls = new ArrayList<>();
  private final Consumer<DelegateExecution> behaviour;

  RecordingDelegate() {
    this(execution -> { });
  }

  RecordingDelegate(Consumer<DelegateExecution> behaviour) {
    this.behaviour = behaviour;
  }

  @Override
  public void execute(DelegateExecution execution) {
    record(execution);
  }

  @Override
  public void notify(DelegateExecution execution) {
    record(execution);
  }

  private void record(DelegateExecution execution) {
    // HashMap, not Map.copyOf: variables may be null
    calls.add(new Call(execution.getCurrentActivityId(), execution.getProcessBusinessKey(),
        new HashMap<>(execution.getVariables())));
    behaviour.accept(execution);
  }

  int callCount() {
    return calls.size();
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  Call lastCall() {
    if (calls.isEmpty()) {
      throw new AssertionError("expected at least one call, there was none");
    }
    return calls.get(calls.size() - 1);
  }
}
