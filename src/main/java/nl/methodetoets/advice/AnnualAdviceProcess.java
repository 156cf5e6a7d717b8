package nl.methodetoets.advice;

/** Names shared with {@code processes/annual-advice.bpmn}. */
public final class AnnualAdviceProcess {
    public static final String KEY = "AnnualAdvice";
    public static final String YEAR = "year";
    public static final String APPROVED = "approved";

    private AnnualAdviceProcess() {
    }
}
