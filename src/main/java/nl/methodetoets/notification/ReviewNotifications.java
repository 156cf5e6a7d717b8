package nl.methodetoets.notification;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ConsensusNeeded;
import nl.methodetoets.review.ConsensusReached;
import nl.methodetoets.review.ReviewerReminderDue;
import nl.methodetoets.review.ScoresConsolidated;
import nl.methodetoets.review.ScoringAssigned;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.SubmissionManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails about scoring: to the reviewer when a study is assigned to them, a reminder before the due date, and after
 * it an escalation to every member of the secretariat (who may know who the reviewers are; submitters never get
 * these mails); to every chair when a consensus meeting or a verdict waits. Synchronous, inside the transaction
 * that caused them. A reviewer scores a study once, so {@code study:<id>:score-assigned:<reviewer>},
 * {@code study:<id>:score-reminder:<reviewer>} and {@code study:<id>:score-overdue:<reviewer>} identify the events;
 * a study reaches consensus and verdict once ({@code study:<id>:consensus-waiting}, {@code study:<id>:verdict-waiting}).
 */
@Component
class ReviewNotifications {
    private static final Logger log = LoggerFactory.getLogger(ReviewNotifications.class);
    /** "Mijn taken", where the task waits (its id is not known yet when the event happens). */
    static final String TASKS = "/";
    private final SubmissionManagement submissions;
    private final Identity identity;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private final OutboxWriter outbox;
    private final Clock clock;

    ReviewNotifications(SubmissionManagement submissions, Identity identity, OutboxWriter outbox, Clock clock) {
        this.submissions = submissions;
        this.identity = identity;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void scoringAssigned(ScoringAssigned event) {
        Study study = submissions.existing(event.studyId());
        identity.user(event.reviewerId()).ifPresentOrElse(
                reviewer -> outbox.write("study:" + study.id() + ":score-assigned:" + reviewer.id(), reviewer,
                        MailKind.SCORING_ASSIGNED, TASKS, Map.of("title", study.title(),
                                "due", DUE.format(event.due().atZoneSameInstant(clock.getZone())))),
                () -> log.warn("Reviewer {} of study {} is unknown: no assignment mail written", event.reviewerId(), study.id()));
    }

    @EventListener
    void consensusNeeded(ConsensusNeeded event) {
        toChairs(event.studyId(), "consensus-waiting", MailKind.CONSENSUS_WAITING);
    }

    @EventListener
    void scoresConsolidated(ScoresConsolidated event) {
        toChairs(event.studyId(), "verdict-waiting", MailKind.VERDICT_WAITING);
    }

    @EventListener
    void consensusReached(ConsensusReached event) {
        toChairs(event.studyId(), "verdict-waiting", MailKind.VERDICT_WAITING);
    }

    /** The chair's tasks are open to every CHAIR user: each gets the mail, with a link to their task list. */
    private void toChairs(String studyId, String what, MailKind kind) {
        Study study = submissions.existing(studyId);
        List<UserAccount> chairs = identity.users(Role.CHAIR);
        if (chairs.isEmpty()) {
            log.warn("No CHAIR users to tell that study {} waits ({})", studyId, what);
        }
        for (UserAccount chair : chairs) {
            outbox.write("study:" + studyId + ":" + what, chair, kind, TASKS, Map.of("title", study.title()));
        }
    }

    @EventListener
    void reminderDue(ReviewerReminderDue event) {
        Study study = submissions.existing(event.studyId());
        Optional<UserAccount> reviewer = identity.user(event.reviewerId());
        if (!event.overdue()) {
            reviewer.ifPresentOrElse(
                    r -> outbox.write(key(event, "score-reminder"), r, MailKind.SCORE_REMINDER, study, Map.of()),
                    () -> log.warn("Reviewer {} of study {} is unknown: no reminder written", event.reviewerId(), study.id()));
            return;
        }
        String reviewerName = reviewer.map(UserAccount::name).filter(n -> !n.isBlank()).orElse(event.reviewerId());
        List<UserAccount> secretariat = identity.users(Role.SECRETARIAT);
        if (secretariat.isEmpty()) {
            log.warn("No SECRETARIAT users to tell that {} is overdue on study {}", event.reviewerId(), study.id());
        }
        for (UserAccount member : secretariat) {
            outbox.write(key(event, "score-overdue"), member, MailKind.SCORE_OVERDUE, study,
                    Map.of("reviewerName", reviewerName));
        }
    }

    private static String key(ReviewerReminderDue event, String what) {
        return "study:" + event.studyId() + ":" + what + ":" + event.reviewerId();
    }
}
