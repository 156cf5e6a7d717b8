package nl.methodetoets.submission.process;

import nl.methodetoets.submission.StudyReviewProcess;
import nl.methodetoets.submission.SubmissionManagement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Marks the study as in intake whenever the intake task opens (first time and after each completion). */
@Component("intakeOpenedListener")
class IntakeOpenedListener implements ExecutionListener {
    private final SubmissionManagement submissions;

    IntakeOpenedListener(SubmissionManagement submissions) {
        this.submissions = submissions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        submissions.intakeOpened((String) execution.getVariable(StudyReviewProcess.STUDY_ID));
    }
}
