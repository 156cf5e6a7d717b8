package nl.methodetoets.advice.process;

import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.advice.AnnualAdviceProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Renders the approved advice as the archival PDF. */
@Component("renderFinalAdviceDelegate")
class RenderFinalAdviceDelegate implements JavaDelegate {
    private final AdviceManagement advice;

    RenderFinalAdviceDelegate(AdviceManagement advice) {
        this.advice = advice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        advice.renderFinal(((Number) execution.getVariable(AnnualAdviceProcess.YEAR)).intValue());
    }
}
