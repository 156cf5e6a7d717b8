package nl.methodetoets.advice;

/** Names shared with {@code processes/annual-advice.bpmn}. */
public final class AnnualAdviceProcess {
    public static final String KEY = "AnnualAdvice";
    public static final String YEAR = "year";
    public static final String APPROVED = "approved";

    public static final String TASK_DRAFT_ADVICE = "Task_DraftAdvice";
    public static final String TASK_APPROVE_ADVICE = "Task_ApproveAdvice";

    private AnnualAdviceProcess() {
    }
}
