package nl.methodetoets.submission;

/**
 * Names shared with {@code processes/study-review.bpmn} that belong to submission: the process key, the withdrawal
 * message, the intake and completion tasks and their variables. Review's tasks and variables are in
 * {@code nl.methodetoets.review.ReviewProcess}.
 */
public final class StudyReviewProcess {
    public static final String KEY = "StudyReview";
    public static final String MESSAGE_WITHDRAW = "WithdrawStudy";

    public static final String STUDY_ID = "studyId";
    public static final String SUBMITTER = "submitter";
    public static final String INTAKE_DECISION = "intakeDecision";
    public static final String COMPLETION_DEADLINE = "completionDeadline";
    public static final String COMPLETION_REMINDER_AT = "completionReminderAt";

    public static final String TASK_INTAKE = "Task_ReviewIntake";
    public static final String TASK_COMPLETE_SUBMISSION = "Task_CompleteSubmission";

    private StudyReviewProcess() {
    }
}
