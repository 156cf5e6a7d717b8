package nl.methodetoets.review.process;

import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.ReviewProcess;
import nl.methodetoets.submission.StudyReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Past the due date the secretariat is told; the scoring task stays open. */
@Component("escalateOverdueScoreDelegate")
class EscalateOverdueScoreDelegate implements JavaDelegate {
    private final ReviewManagement reviews;

    EscalateOverdueScoreDelegate(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.escalateOverdue(studyId(execution), (String) execution.getVariable(ReviewProcess.REVIEWER));
    }

    private static String studyId(DelegateExecution execution) {
        return (String) execution.getVariable(StudyReviewProcess.STUDY_ID);
    }
}
