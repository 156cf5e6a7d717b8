package nl.methodetoets.submission;

/**
 * Where an objection stands: FILED until the secretariat judged its admissibility, ADMISSIBLE while it is re-reviewed
 * and waits for the chair, then INADMISSIBLE, UPHELD (a new verdict) or REJECTED (the verdict stands).
 */
public enum ObjectionStatus {
    FILED, ADMISSIBLE, INADMISSIBLE, UPHELD, REJECTED;

    /** Whether the objection is still being handled: it keeps its study IN_OBJECTION and its year's advice waiting. */
    public boolean open() {
        return this == FILED || this == ADMISSIBLE;
    }
}
