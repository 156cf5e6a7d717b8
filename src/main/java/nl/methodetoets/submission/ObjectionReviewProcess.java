package nl.methodetoets.submission;

/**
 * Names shared with {@code processes/objection-review.bpmn}: the process key, the message that starts it (correlated
 * on the study: the business key is the study's id), its user tasks and variables. Submission starts it; the review
 * module does its steps.
 */
public final class ObjectionReviewProcess {
    public static final String KEY = "ObjectionReview";
    public static final String MESSAGE_OBJECTION_FILED = "ObjectionFiled";

    public static final String STUDY_ID = "studyId";
    public static final String OBJECTION_ID = "objectionId";
    public static final String SUBMITTER = "submitter";
    public static final String ADMISSIBLE = "admissible";
    public static final String REVIEWER = "reviewer";
    public static final String SCORE_DUE = "scoreDue";
    public static final String SCORE_REMINDER_AT = "scoreReminderAt";
    public static final String CONFLICT_DECLARED = "conflictDeclared";
    public static final String UPHELD = "upheld";

    public static final String TASK_ASSESS = "Task_AssessObjection";
    public static final String TASK_ASSIGN_REVIEWER = "Task_AssignObjectionReviewer";
    public static final String TASK_SCORE = "Task_RescoreStudy";
    public static final String TASK_DECIDE = "Task_DecideObjection";

    private ObjectionReviewProcess() {
    }
}
