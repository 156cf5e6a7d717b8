package nl.methodetoets.advice.process;

import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.advice.AnnualAdviceProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gathers the year's assessed studies into the round. */
@Component("gatherStudiesDelegate")
class GatherStudiesDelegate implements JavaDelegate {
    private final AdviceManagement advice;

    GatherStudiesDelegate(AdviceManagement advice) {
        this.advice = advice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        advice.gather(((Number) execution.getVariable(AnnualAdviceProcess.YEAR)).intValue());
    }
}
