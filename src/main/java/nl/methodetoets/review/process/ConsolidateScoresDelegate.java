package nl.methodetoets.review.process;

import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.ReviewProcess;
import nl.methodetoets.submission.StudyReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Consolidates the independent scores and tells the process whether a consensus meeting is needed. */
@Component("consolidateScoresDelegate")
class ConsolidateScoresDelegate implements JavaDelegate {
    private final ReviewManagement reviews;

    ConsolidateScoresDelegate(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ReviewProcess.CONSENSUS_REQUIRED, reviews.consolidate(studyId(execution)));
    }

    private static String studyId(DelegateExecution execution) {
        return (String) execution.getVariable(StudyReviewProcess.STUDY_ID);
    }
}
