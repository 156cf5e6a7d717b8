package nl.methodetoets.notification;

import static nl.methodetoets.submission.StudyStatus.AWAITING_COMPLETION;
import static nl.methodetoets.submission.StudyStatus.IN_INTAKE;
import static nl.methodetoets.submission.StudyStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyMetadata;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.StudyStatusChanged;
import nl.methodetoets.submission.StudyType;
import nl.methodetoets.submission.Theme;
import nl.methodetoets.submission.TimelineEntry;
import org.junit.jupiter.api.Test;

/** How event keys and "is this a completion request?" are read from a study's timeline. */
class StudyNotificationsTest {

    @Test
    void eachCompletionRequestIsItsOwnEventAndProgressNotesAreNone() {
        List<TimelineEntry> timeline = timeline(SUBMITTED, IN_INTAKE, AWAITING_COMPLETION);
        assertThat(StudyNotifications.lastPosition(timeline, AWAITING_COMPLETION)).isEqualTo(3);
        assertThat(StudyNotifications.isTransition(timeline, 3)).isTrue();

        timeline = timeline(SUBMITTED, IN_INTAKE, AWAITING_COMPLETION, AWAITING_COMPLETION /* Nieuwe versie */,
                AWAITING_COMPLETION /* Aangevuld */);
        assertThat(StudyNotifications.isTransition(timeline, 4)).isFalse();
        assertThat(StudyNotifications.isTransition(timeline, 5)).isFalse();
        assertThat(StudyNotifications.latestCompletionRequest(timeline)).isEqualTo(3);

        timeline = timeline(SUBMITTED, IN_INTAKE, AWAITING_COMPLETION, AWAITING_COMPLETION, IN_INTAKE, AWAITING_COMPLETION);
        assertThat(StudyNotifications.lastPosition(timeline, AWAITING_COMPLETION)).isEqualTo(6);
        assertThat(StudyNotifications.latestCompletionRequest(timeline)).as("the second request").isEqualTo(6);
    }

    @Test
    void theReceiptKeyStaysTheSameWhileTheTimelineGrows() {
        assertThat(StudyNotifications.lastPosition(timeline(SUBMITTED), SUBMITTED)).isEqualTo(1);
        assertThat(StudyNotifications.lastPosition(timeline(SUBMITTED, IN_INTAKE), SUBMITTED)).isEqualTo(1);
        assertThat(StudyNotifications.isTransition(timeline(SUBMITTED), 1)).isTrue();
        assertThat(StudyNotifications.latestCompletionRequest(timeline(SUBMITTED, IN_INTAKE))).isZero();
    }

    @Test
    void aWithdrawalIsMailedUnlessTheSubmitterDidItThemselves() {
        Study study = new Study("s-1", new StudyMetadata("Titel", List.of("A"), "gemeente", null, 2012, StudyType.EFFECT,
                List.of(), List.of(Theme.WONEN), null), StudyStatus.WITHDRAWN, "indiener", OffsetDateTime.now(),
                timeline(SUBMITTED, IN_INTAKE, StudyStatus.WITHDRAWN), null, false);
        assertThat(StudyNotifications.kindOf(new StudyStatusChanged("s-1", StudyStatus.WITHDRAWN, "x", "indiener"), study, 3))
                .as("their own act").isEmpty();
        assertThat(StudyNotifications.kindOf(new StudyStatusChanged("s-1", StudyStatus.WITHDRAWN, "x", "secretaris"), study, 3))
                .as("withdrawn by the secretariat").contains(MailKind.WITHDRAWN);
        assertThat(StudyNotifications.kindOf(new StudyStatusChanged("s-1", StudyStatus.WITHDRAWN, "termijn verstreken"), study, 3))
                .as("by the deadline timer").contains(MailKind.WITHDRAWN);
    }

    private static List<TimelineEntry> timeline(StudyStatus... statuses) {
        List<TimelineEntry> entries = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.parse("2012-10-24T10:00:00+02:00");
        for (StudyStatus status : statuses) {
            entries.add(new TimelineEntry(status, at = at.plusMinutes(1), null));
        }
        return entries;
    }
}
