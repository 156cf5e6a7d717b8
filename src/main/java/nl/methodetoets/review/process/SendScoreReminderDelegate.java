package nl.methodetoets.review.process;

import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.ReviewProcess;
import nl.methodetoets.submission.StudyReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A week before the due date the reviewer is reminded. */
@Component("sendScoreReminderDelegate")
class SendScoreReminderDelegate implements JavaDelegate {
    private final ReviewManagement reviews;

    SendScoreReminderDelegate(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.remindReviewer(studyId(execution), (String) execution.getVariable(ReviewProcess.REVIEWER));
    }

    private static String studyId(DelegateExecution execution) {
        return (String) execution.getVariable(StudyReviewProcess.STUDY_ID);
    }
}
