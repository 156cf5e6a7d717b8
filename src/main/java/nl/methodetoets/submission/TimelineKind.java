package nl.methodetoets.submission;

/**
 * What happened to a study, one kind per timeline entry. Each kind moves the study to (or keeps it in) one status;
 * whether that move is allowed from the current status is {@link StudyStatus#canMoveTo}'s business. A few kinds record
 * something beside the status (the submitter's consent to publish the report): they keep the study where it is, in
 * any status ({@link #keepsStatus()}). The text a user reads comes from the message bundles ({@code timeline.<key>}),
 * never from the code.
 */
public enum TimelineKind {
    SUBMITTED(StudyStatus.SUBMITTED, null),
    INTAKE_OPENED(StudyStatus.IN_INTAKE, null),
    ACCEPTED(StudyStatus.IN_REVIEW, "timeline.accepted"),
    REJECTED(StudyStatus.REJECTED, "timeline.rejected"),
    COMPLETION_REQUESTED(StudyStatus.AWAITING_COMPLETION, "timeline.completionRequested"),
    REPORT_VERSION_ADDED(StudyStatus.AWAITING_COMPLETION, "timeline.reportVersionAdded"),
    COMPLETED(StudyStatus.AWAITING_COMPLETION, "timeline.completed"),
    WITHDRAWN_BY_SUBMITTER(StudyStatus.WITHDRAWN, "timeline.withdrawnBySubmitter"),
    WITHDRAWN_BY_SECRETARIAT(StudyStatus.WITHDRAWN, "timeline.withdrawnBySecretariat"),
    WITHDRAWN_AFTER_DEADLINE(StudyStatus.WITHDRAWN, "timeline.withdrawnAfterDeadline"),
    REVIEWERS_ASSIGNED(StudyStatus.IN_REVIEW, "timeline.reviewersAssigned"),
    CONSENSUS_NEEDED(StudyStatus.IN_CONSENSUS, "timeline.consensusNeeded"),
    /** consolidated by the rules, no meeting needed */
    AWAITING_VERDICT(StudyStatus.AWAITING_VERDICT, null),
    CONSENSUS_REACHED(StudyStatus.AWAITING_VERDICT, "timeline.consensusReached"),
    ASSESSED(StudyStatus.ASSESSED, "timeline.assessed"),
    OBJECTION_RAISED(StudyStatus.IN_OBJECTION, "timeline.objectionRaised"),
    OBJECTION_ADMISSIBLE(StudyStatus.IN_OBJECTION, "timeline.objectionAdmissible"),
    /** one member who did not review the study re-reviews it (never who) */
    OBJECTION_REVIEWER_ASSIGNED(StudyStatus.IN_OBJECTION, "timeline.objectionReviewerAssigned"),
    OBJECTION_REVIEWED(StudyStatus.IN_OBJECTION, "timeline.objectionReviewed"),
    OBJECTION_INADMISSIBLE(StudyStatus.ASSESSED, "timeline.objectionInadmissible"),
    OBJECTION_UPHELD(StudyStatus.ASSESSED, "timeline.objectionUpheld"),
    OBJECTION_REJECTED(StudyStatus.ASSESSED, "timeline.objectionRejected"),
    PUBLISHED(StudyStatus.PUBLISHED, "timeline.published"),
    /** the submitter consents to publishing the report in the public register (issue 11) */
    PUBLIC_REPORT_ALLOWED(null, "timeline.publicReportAllowed"),
    /** the submitter withdraws that consent: the report leaves the register at once */
    PUBLIC_REPORT_WITHDRAWN(null, "timeline.publicReportWithdrawn");

    private final StudyStatus status;
    private final String messageKey;

    TimelineKind(StudyStatus status, String messageKey) {
        this.status = status;
        this.messageKey = messageKey;
    }

    /** The status the study has after an entry of this kind; null when the entry keeps the study in its status. */
    public StudyStatus status() {
        return status;
    }

    /** Whether an entry of this kind leaves the study in whatever status it has. */
    public boolean keepsStatus() {
        return status == null;
    }

    /** The bundle key of the entry's text; null when the status says it all. */
    public String messageKey() {
        return messageKey;
    }
}
