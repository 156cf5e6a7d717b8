package nl.methodetoets.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.CompletionReminderDue;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.StudyStatusChanged;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.submission.TimelineEntry;
import nl.methodetoets.submission.TimelineKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails to the submitting user about their study: receipt, completion request and reminder, rejection, withdrawal
 * (unless they withdrew it themselves), verdict, the decision on an objection and publication. Which mail is decided by the timeline entry's
 * kind (and actor), never by its text. Runs synchronously inside the transaction that changes the study, so the
 * outbox row commits or rolls back with the change.
 *
 * <p>Event keys are derived from the study's timeline, {@code study:<id>:status:<STATUS>:<n>} with {@code n} the
 * position of the event's own entry: stable if the same event is handled twice, new for a second request.
 */
@Component
class StudyNotifications {
    private static final Logger log = LoggerFactory.getLogger(StudyNotifications.class);

    private final SubmissionManagement submissions;
    private final Identity identity;
    private final OutboxWriter outbox;

    StudyNotifications(SubmissionManagement submissions, Identity identity, OutboxWriter outbox) {
        this.submissions = submissions;
        this.identity = identity;
        this.outbox = outbox;
    }

    @EventListener
    void statusChanged(StudyStatusChanged event) {
        Study study = submissions.existing(event.studyId());
        int position = lastPosition(study.timeline(), event.status());
        kindOf(event, study).ifPresent(kind -> toSubmitter(study,
                "study:" + study.id() + ":status:" + event.status() + ":" + position, kind, variables(kind, study, event)));
    }

    @EventListener
    void completionReminderDue(CompletionReminderDue event) {
        Study study = submissions.existing(event.studyId());
        int request = latestCompletionRequest(study.timeline());
        String note = request > 0 ? study.timeline().get(request - 1).note() : null;
        toSubmitter(study, "study:" + study.id() + ":completion-reminder:" + request, MailKind.COMPLETION_REMINDER,
                note == null ? Map.of() : Map.of("note", note));
    }

    static Optional<MailKind> kindOf(StudyStatusChanged event, Study study) {
        return switch (event.kind()) {
            case SUBMITTED -> Optional.of(MailKind.RECEIPT);
            // a new report version or the completion while awaiting it report progress, they ask nothing
            case COMPLETION_REQUESTED -> Optional.of(MailKind.COMPLETION_REQUEST);
            case REJECTED -> Optional.of(MailKind.REJECTED);
            // the submitter needs no mail about their own act; after a missed deadline or by someone else they do
            case WITHDRAWN_BY_SUBMITTER, WITHDRAWN_BY_SECRETARIAT, WITHDRAWN_AFTER_DEADLINE ->
                    study.submittedBy().equals(event.actor()) ? Optional.empty() : Optional.of(MailKind.WITHDRAWN);
            case ASSESSED -> Optional.of(MailKind.VERDICT);
            case PUBLISHED -> Optional.of(MailKind.PUBLISHED);
            case OBJECTION_INADMISSIBLE, OBJECTION_UPHELD, OBJECTION_REJECTED -> Optional.of(MailKind.OBJECTION_DECIDED);
            // intake, review, consensus, the objection's steps: the submitter follows these in the timeline, a mail
            // each would be noise
            default -> Optional.empty();
        };
    }

    private Map<String, Object> variables(MailKind kind, Study study, StudyStatusChanged event) {
        return switch (kind) {
            case COMPLETION_REQUEST, REJECTED, WITHDRAWN -> event.note() == null ? Map.of() : Map.of("note", event.note());
            case PUBLISHED -> Map.of("year", study.year());
            // verdict and exemplary flag only: the assessment's other fields may carry reviewers' words or names
            case VERDICT -> submissions.assessment(study.id())
                    .<Map<String, Object>>map(a -> Map.of("verdict", a.verdict(), "exemplary", a.exemplary()))
                    .orElse(Map.of());
            // the outcome and verdicts only: the chair's motivation is read at the study
            case OBJECTION_DECIDED -> submissions.assessment(study.id()).map(a -> a.objection()).filter(o -> o != null)
                    .<Map<String, Object>>map(StudyNotifications::objectionVariables).orElse(Map.of());
            default -> Map.of();
        };
    }

    private static Map<String, Object> objectionVariables(nl.methodetoets.submission.StudyAssessment.ObjectionOutcome o) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("outcome", o.status().name());
        variables.put("originalVerdict", o.originalVerdict());
        variables.put("verdict", o.verdict());
        variables.put("exemplary", Boolean.TRUE.equals(o.exemplary()));
        if (o.remarks() != null) {
            variables.put("note", o.remarks());
        }
        return variables;
    }

    private void toSubmitter(Study study, String eventKey, MailKind kind, Map<String, Object> variables) {
        Optional<UserAccount> submitter = identity.user(study.submittedBy());
        if (submitter.isEmpty()) {
            log.warn("Submitter {} of study {} is unknown: {} mail not written", study.submittedBy(), study.id(), kind);
            return;
        }
        outbox.write(eventKey, submitter.get(), kind, study, variables);
    }

    /** 1-based position of the latest timeline entry with this status (the event's own entry), 0 if none. */
    static int lastPosition(List<TimelineEntry> timeline, StudyStatus status) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).status() == status) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether the entry at this position moved the study into its status (rather than repeating it). */
    static boolean isTransition(List<TimelineEntry> timeline, int position) {
        return position == 1 || (position > 1 && timeline.get(position - 2).status() != timeline.get(position - 1).status());
    }

    /** Position of the latest entry that asked for a completion, 0 if there is none. */
    static int latestCompletionRequest(List<TimelineEntry> timeline) {
        for (int position = timeline.size(); position >= 1; position--) {
            if (timeline.get(position - 1).kind() == TimelineKind.COMPLETION_REQUESTED) {
                return position;
            }
        }
        return 0;
    }
}
