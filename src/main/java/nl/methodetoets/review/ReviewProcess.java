package nl.methodetoets.review;

/**
 * The names in {@code processes/study-review.bpmn} that belong to the review: its user tasks and the process
 * variables review sets or reads. The process key and the intake names live in submission's {@code StudyReviewProcess}.
 */
public final class ReviewProcess {
    public static final String REVIEWERS = "reviewers";
    public static final String REVIEWER = "reviewer";
    public static final String SCORE_DUE = "scoreDue";
    public static final String SCORE_REMINDER_AT = "scoreReminderAt";
    public static final String CONFLICT_DECLARED = "conflictDeclared";
    public static final String CONSENSUS_REQUIRED = "consensusRequired";

    public static final String TASK_ASSIGN_REVIEWERS = "Task_AssignReviewers";
    public static final String TASK_ASSIGN_REPLACEMENT = "Task_AssignReplacementReviewer";
    public static final String TASK_SCORE = "Task_ScoreStudy";
    public static final String TASK_CONSENSUS = "Task_HoldConsensus";
    public static final String TASK_VERDICT = "Task_DecideVerdict";

    private ReviewProcess() {
    }
}
