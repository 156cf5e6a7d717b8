package nl.methodetoets.review.process;

import nl.methodetoets.review.ObjectionReviews;
import nl.methodetoets.submission.ObjectionReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The re-review of an objection is in: the decision tables compute its verdict for the chair. */
@Component("computeObjectionVerdictDelegate")
class ComputeObjectionVerdictDelegate implements JavaDelegate {
    private final ObjectionReviews objections;

    ComputeObjectionVerdictDelegate(ObjectionReviews objections) {
        this.objections = objections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        objections.computeVerdict((String) execution.getVariable(ObjectionReviewProcess.STUDY_ID));
    }
}
