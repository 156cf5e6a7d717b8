package nl.methodetoets.advice.process;

import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.advice.AnnualAdviceProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the round; its studies become PUBLISHED, then the round. */
@Component("publishAdviceDelegate")
class PublishAdviceDelegate implements JavaDelegate {
    private final AdviceManagement advice;

    PublishAdviceDelegate(AdviceManagement advice) {
        this.advice = advice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        advice.publish(((Number) execution.getVariable(AnnualAdviceProcess.YEAR)).intValue());
    }
}
