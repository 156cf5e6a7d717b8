package nl.methodetoets.submission;

public enum StudyStatus {
    SUBMITTED, IN_INTAKE, AWAITING_COMPLETION, IN_REVIEW, IN_CONSENSUS, AWAITING_VERDICT, ASSESSED, PUBLISHED,
    REJECTED, WITHDRAWN;

    /** A submitter may withdraw until the verdict is in; after that the study belongs to the advice. */
    public boolean withdrawable() {
        return switch (this) {
            case SUBMITTED, IN_INTAKE, AWAITING_COMPLETION, IN_REVIEW, IN_CONSENSUS, AWAITING_VERDICT -> true;
            default -> false;
        };
    }
}
