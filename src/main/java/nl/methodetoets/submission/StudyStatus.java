package nl.methodetoets.submission;

public enum StudyStatus {
    SUBMITTED, IN_INTAKE, AWAITING_COMPLETION, IN_REVIEW, IN_CONSENSUS, AWAITING_VERDICT, ASSESSED, PUBLISHED,
    REJECTED, WITHDRAWN, IN_OBJECTION;

    /** Whether a study in this status may move to {@code next} (or record another entry in it); see {@link StatusTransitions}. */
    public boolean canMoveTo(StudyStatus next) {
        return StatusTransitions.allowed(this, next);
    }

    /** A submitter may withdraw until the verdict is in; after that the study belongs to the advice. */
    public boolean withdrawable() {
        return canMoveTo(WITHDRAWN);
    }
}
