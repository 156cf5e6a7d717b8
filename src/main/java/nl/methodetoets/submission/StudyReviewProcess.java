package nl.methodetoets.submission;

/** Names shared with {@code processes/study-review.bpmn}: the process key, variables, messages and task keys. */
public final class StudyReviewProcess {
    public static final String KEY = "StudyReview";
    public static final String MESSAGE_WITHDRAW = "WithdrawStudy";

    public static final String STUDY_ID = "studyId";
    public static final String SUBMITTER = "submitter";
    public static final String INTAKE_DECISION = "intakeDecision";
    public static final String COMPLETION_DEADLINE = "completionDeadline";
    public static final String COMPLETION_REMINDER_AT = "completionReminderAt";
    public static final String REVIEWERS = "reviewers";
    public static final String REVIEWER = "reviewer";
    public static final String SCORE_DUE = "scoreDue";
    public static final String SCORE_REMINDER_AT = "scoreReminderAt";
    public static final String CONFLICT_DECLARED = "conflictDeclared";
    public static final String CONSENSUS_REQUIRED = "consensusRequired";

    public static final String TASK_INTAKE = "Task_ReviewIntake";
    public static final String TASK_COMPLETE_SUBMISSION = "Task_CompleteSubmission";
    public static final String TASK_ASSIGN_REVIEWERS = "Task_AssignReviewers";
    public static final String TASK_ASSIGN_REPLACEMENT = "Task_AssignReplacementReviewer";
    public static final String TASK_SCORE = "Task_ScoreStudy";
    public static final String TASK_CONSENSUS = "Task_HoldConsensus";
    public static final String TASK_VERDICT = "Task_DecideVerdict";

    private StudyReviewProcess() {
    }
}
