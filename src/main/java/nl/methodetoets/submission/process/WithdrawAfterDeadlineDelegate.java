package nl.methodetoets.submission.process;

import nl.methodetoets.submission.StudyReviewProcess;
import nl.methodetoets.submission.SubmissionManagement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The completion deadline passed: the study is withdrawn. */
@Component("withdrawAfterDeadlineDelegate")
class WithdrawAfterDeadlineDelegate implements JavaDelegate {
    private final SubmissionManagement submissions;

    WithdrawAfterDeadlineDelegate(SubmissionManagement submissions) {
        this.submissions = submissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        submissions.withdrawAfterDeadline((String) execution.getVariable(StudyReviewProcess.STUDY_ID));
    }
}
