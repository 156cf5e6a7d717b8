package nl.methodetoets.submission.process;

import nl.methodetoets.submission.StudyReviewProcess;
import nl.methodetoets.submission.SubmissionManagement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A week before the completion deadline the submitter is reminded (the notification module sends the mail). */
@Component("sendCompletionReminderDelegate")
class SendCompletionReminderDelegate implements JavaDelegate {
    private final SubmissionManagement submissions;

    SendCompletionReminderDelegate(SubmissionManagement submissions) {
        this.submissions = submissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        submissions.remindCompletion((String) execution.getVariable(StudyReviewProcess.STUDY_ID));
    }
}
