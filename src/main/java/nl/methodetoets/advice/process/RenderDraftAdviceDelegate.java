package nl.methodetoets.advice.process;

import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.advice.AnnualAdviceProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Renders the next draft PDF for the chair. */
@Component("renderDraftAdviceDelegate")
class RenderDraftAdviceDelegate implements JavaDelegate {
    private final AdviceManagement advice;

    RenderDraftAdviceDelegate(AdviceManagement advice) {
        this.advice = advice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        advice.renderDraft(((Number) execution.getVariable(AnnualAdviceProcess.YEAR)).intValue());
    }
}
