package nl.methodetoets.notification;

/** The kinds of mail the commission sends; each has its template {@code templates/mail/<template>.txt}. */
enum MailKind {
    /** to the submitter: the study arrived */
    RECEIPT("receipt"),
    /** to the submitter: the secretariat asks to complete the submission */
    COMPLETION_REQUEST("completion-request"),
    /** to the submitter: the completion deadline nears */
    COMPLETION_REMINDER("completion-reminder"),
    /** to the submitter: the study was withdrawn without their doing (the completion deadline passed) */
    WITHDRAWN("withdrawn"),
    /** to the submitter: out of scope at intake */
    REJECTED("rejected"),
    /** to the submitter: the verdict is in, feedback can be read */
    VERDICT("verdict"),
    /** to the submitter: their objection was judged inadmissible, upheld or rejected */
    OBJECTION_DECIDED("objection-decided"),
    /** to the submitter: the study is part of the published annual advice */
    PUBLISHED("published"),
    /** to a reviewer: the scoring due date nears */
    SCORE_REMINDER("score-reminder"),
    /** to every secretariat member: a reviewer passed the due date */
    SCORE_OVERDUE("score-overdue"),
    /** to a reviewer: a study is assigned to them for scoring */
    SCORING_ASSIGNED("scoring-assigned"),
    /** to every chair: the scores diverge, a consensus meeting waits */
    CONSENSUS_WAITING("consensus-waiting"),
    /** to every chair: the scores are consolidated, the verdict waits */
    VERDICT_WAITING("verdict-waiting"),
    /** to every chair: a draft of the annual advice waits for approval */
    APPROVAL_WAITING("approval-waiting");

    private final String template;

    MailKind(String template) {
        this.template = template;
    }

    String template() {
        return template;
    }
}
