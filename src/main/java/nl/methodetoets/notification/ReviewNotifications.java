package nl.methodetoets.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ReviewerReminderDue;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.SubmissionManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails about scoring: a reminder to the reviewer before the due date, and after it an escalation to every member
 * of the secretariat (who may know who the reviewers are; submitters never get these mails). Synchronous, inside
 * the timer job's transaction. A reviewer scores a study once, so {@code study:<id>:score-reminder:<reviewer>}
 * and {@code study:<id>:score-overdue:<reviewer>} identify the events.
 */
@Component
class ReviewNotifications {
    private static final Logger log = LoggerFactory.getLogger(ReviewNotifications.class);
    private final SubmissionManagement submissions;
    private final Identity identity;
    private final OutboxWriter outbox;

    ReviewNotifications(SubmissionManagement submissions, Identity identity, OutboxWriter outbox) {
        this.submissions = submissions;
        this.identity = identity;
        this.outbox = outbox;
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
