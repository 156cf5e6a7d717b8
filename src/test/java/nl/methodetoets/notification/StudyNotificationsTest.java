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
import nl.methodetoets.submission.TimelineKind;
import org.junit.jupiter.api.Test;

/** How event keys and "is this a completion request?" are read from a study's timeline. */
class StudyNotificationsTest {

    @Test
    void eachCompletionRequestIsItsOwnEventAndProgressNotesAreNone() {
        List<TimelineEntry> timeline = timeline(SUBMITTED, IN_INTAKE, AWAITING_COMPLETION);
        assertThat(StudyNotifications.lastPosition(timeline, AWAITING_COMPLETION)).isEqualTo(3);
        assertThat(StudyNotifications.isTransition(timeline, 3)).isTrue();

        timeline = timeline(TimelineKind.SUBMITTED, TimelineKind.INTAKE_OPENED, TimelineKind.COMPLETION_REQUESTED,
                TimelineKind.REPORT_VERSION_ADDED /* Nieuwe versie */, TimelineKind.COMPLETED /* Aangevuld */);
        assertThat(StudyNotifications.isTransition(timeline, 4)).isFalse();
        assertThat(StudyNotifications.isTransition(timeline, 5)).isFalse();
        assertThat(StudyNotifications.latestCompletionRequest(timeline)).isEqualTo(3);

        timeline = timeline(TimelineKind.SUBMITTED, TimelineKind.INTAKE_OPENED, TimelineKind.COMPLETION_REQUESTED,
                TimelineKind.COMPLETED, TimelineKind.INTAKE_OPENED, TimelineKind.COMPLETION_REQUESTED);
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
        assertThat(StudyNotifications.kindOf(changed(TimelineKind.WITHDRAWN_BY_SUBMITTER, "indiener", "x"), study))
                .as("their own act").isEmpty();
        assertThat(StudyNotifications.kindOf(changed(TimelineKind.WITHDRAWN_BY_SECRETARIAT, "secretaris", "x"), study))
                .as("withdrawn by the secretariat").contains(MailKind.WITHDRAWN);
        assertThat(StudyNotifications.kindOf(changed(TimelineKind.WITHDRAWN_AFTER_DEADLINE, null, "termijn verstreken"), study))
                .as("by the deadline timer").contains(MailKind.WITHDRAWN);
    }

    @Test
    void theMailIsChosenByTheEntrysKindNeverByItsText() {
        Study study = new Study("s-1", new StudyMetadata("Titel", List.of("A"), "gemeente", null, 2012, StudyType.EFFECT,
                List.of(), List.of(Theme.WONEN), null), AWAITING_COMPLETION, "indiener", OffsetDateTime.now(),
                timeline(SUBMITTED, IN_INTAKE, AWAITING_COMPLETION), null, false);
        String requestText = "Voeg de responsanalyse toe. (uiterlijk 2012-11-30)";
        assertThat(StudyNotifications.kindOf(changed(TimelineKind.COMPLETION_REQUESTED, null, requestText), study))
                .contains(MailKind.COMPLETION_REQUEST);
        assertThat(StudyNotifications.kindOf(changed(TimelineKind.COMPLETION_REQUESTED, null, null), study))
                .as("the same kind without any text").contains(MailKind.COMPLETION_REQUEST);
        assertThat(StudyNotifications.kindOf(changed(TimelineKind.REPORT_VERSION_ADDED, "indiener", requestText), study))
                .as("progress with a request's text asks nothing").isEmpty();
        assertThat(StudyNotifications.kindOf(changed(TimelineKind.COMPLETED, "indiener", "Aanvulling gevraagd"), study))
                .isEmpty();
        assertThat(StudyNotifications.kindOf(changed(TimelineKind.ASSESSED, "voorzitter", "Consensus bereikt"), study))
                .contains(MailKind.VERDICT);
        assertThat(StudyNotifications.kindOf(changed(TimelineKind.CONSENSUS_REACHED, "voorzitter", "Eindoordeel vastgesteld"), study))
                .isEmpty();
        assertThat(StudyNotifications.kindOf(changed(TimelineKind.WITHDRAWN_BY_SECRETARIAT, "secretaris",
                "Ingetrokken door de indiener"), study)).contains(MailKind.WITHDRAWN);
    }

    private static StudyStatusChanged changed(TimelineKind kind, String actor, String note) {
        return new StudyStatusChanged("s-1", kind.status(), kind, actor, note);
    }

    /** A timeline of each status's first kind (SUBMITTED, INTAKE_OPENED, COMPLETION_REQUESTED, ...). */
    private static List<TimelineEntry> timeline(StudyStatus... statuses) {
        return timeline(java.util.Arrays.stream(statuses).map(status -> java.util.Arrays.stream(TimelineKind.values())
                .filter(k -> k.status() == status).findFirst().orElseThrow()).toArray(TimelineKind[]::new));
    }

    private static List<TimelineEntry> timeline(TimelineKind... kinds) {
        List<TimelineEntry> entries = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.parse("2012-10-24T10:00:00+02:00");
        for (TimelineKind kind : kinds) {
            entries.add(TimelineEntry.of(kind, at = at.plusMinutes(1)));
        }
        return entries;
    }
}
