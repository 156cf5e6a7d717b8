package nl.methodetoets.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;
import nl.methodetoets.common.ConflictException;
import nl.methodetoets.common.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.StaticMessageSource;

/** The transition table owned by the submission module: legal moves pass, illegal ones are refused. */
class StatusTransitionsTest {

    @Test
    void theReviewPathAndItsDetoursAreAllowed() {
        assertThat(StudyStatus.SUBMITTED.canMoveTo(StudyStatus.IN_INTAKE)).isTrue();
        assertThat(StudyStatus.IN_INTAKE.canMoveTo(StudyStatus.AWAITING_COMPLETION)).isTrue();
        assertThat(StudyStatus.AWAITING_COMPLETION.canMoveTo(StudyStatus.AWAITING_COMPLETION)).as("a new version").isTrue();
        assertThat(StudyStatus.AWAITING_COMPLETION.canMoveTo(StudyStatus.IN_INTAKE)).isTrue();
        assertThat(StudyStatus.IN_INTAKE.canMoveTo(StudyStatus.IN_REVIEW)).isTrue();
        assertThat(StudyStatus.IN_REVIEW.canMoveTo(StudyStatus.IN_REVIEW)).as("reviewers assigned").isTrue();
        assertThat(StudyStatus.IN_REVIEW.canMoveTo(StudyStatus.IN_CONSENSUS)).isTrue();
        assertThat(StudyStatus.IN_CONSENSUS.canMoveTo(StudyStatus.AWAITING_VERDICT)).isTrue();
        assertThat(StudyStatus.IN_REVIEW.canMoveTo(StudyStatus.AWAITING_VERDICT)).isTrue();
        assertThat(StudyStatus.AWAITING_VERDICT.canMoveTo(StudyStatus.ASSESSED)).isTrue();
        assertThat(StudyStatus.ASSESSED.canMoveTo(StudyStatus.IN_OBJECTION)).isTrue();
        assertThat(StudyStatus.IN_OBJECTION.canMoveTo(StudyStatus.ASSESSED)).isTrue();
        assertThat(StudyStatus.ASSESSED.canMoveTo(StudyStatus.PUBLISHED)).isTrue();
        assertThat(StudyStatus.IN_INTAKE.canMoveTo(StudyStatus.REJECTED)).isTrue();
    }

    @Test
    void movesAgainstTheTableAreNotAllowed() {
        assertThat(StudyStatus.PUBLISHED.canMoveTo(StudyStatus.IN_REVIEW)).isFalse();
        assertThat(StudyStatus.WITHDRAWN.canMoveTo(StudyStatus.ASSESSED)).isFalse();
        assertThat(StudyStatus.REJECTED.canMoveTo(StudyStatus.IN_REVIEW)).isFalse();
        assertThat(StudyStatus.SUBMITTED.canMoveTo(StudyStatus.ASSESSED)).isFalse();
        assertThat(StudyStatus.IN_REVIEW.canMoveTo(StudyStatus.PUBLISHED)).isFalse();
        assertThat(StudyStatus.ASSESSED.canMoveTo(StudyStatus.WITHDRAWN)).as("the verdict is in").isFalse();
        assertThat(StudyStatus.IN_OBJECTION.canMoveTo(StudyStatus.PUBLISHED)).as("not while the objection is open").isFalse();
    }

    @Test
    void withdrawalIsPossibleUntilTheVerdict() {
        assertThat(java.util.Arrays.stream(StudyStatus.values()).filter(StudyStatus::withdrawable)).containsExactlyInAnyOrder(
                StudyStatus.SUBMITTED, StudyStatus.IN_INTAKE, StudyStatus.AWAITING_COMPLETION, StudyStatus.IN_REVIEW,
                StudyStatus.IN_CONSENSUS, StudyStatus.AWAITING_VERDICT);
    }

    @Test
    void anIllegalMoveIsRefusedWithAConflictAndLeavesTheStudyAsItWas() {
        StudyStore store = mock(StudyStore.class);
        ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
        StatusChanges changes = new StatusChanges(store, new TimelineNotes(new StaticMessageSource()), events, Clock.systemDefaultZone());
        when(store.lockStatus("s-1")).thenReturn(Optional.of(StudyStatus.PUBLISHED));

        assertThatThrownBy(() -> changes.change("s-1", TimelineKind.REVIEWERS_ASSIGNED, null))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).messageKey()).isEqualTo("study.illegalTransition"));
        verify(store, never()).updateStatus(any(), any());
        verify(store, never()).addEvent(any(), any(), any(), any(), any(), any(), any());
        verify(events, never()).publishEvent(any(Object.class));
    }

    @Test
    void aLegalMoveUpdatesTheStatusRecordsTheEntryAndTellsTheOthers() {
        StudyStore store = mock(StudyStore.class);
        ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("timeline.assessed", Languages.DUTCH, "Eindoordeel vastgesteld");
        StatusChanges changes = new StatusChanges(store, new TimelineNotes(messages), events, Clock.systemDefaultZone());
        when(store.lockStatus("s-1")).thenReturn(Optional.of(StudyStatus.AWAITING_VERDICT));

        changes.change("s-1", TimelineKind.ASSESSED, "voorzitter");

        verify(store).updateStatus("s-1", StudyStatus.ASSESSED);
        verify(store).addEvent(any(), any(), any(), any(), any(), any(), any());
        verify(events).publishEvent(new StudyStatusChanged("s-1", StudyStatus.ASSESSED, TimelineKind.ASSESSED, "voorzitter",
                "Eindoordeel vastgesteld"));
    }

    @Test
    void aConsentToPublishTheReportIsRecordedInTheStatusTheStudyHasWithoutMovingIt() {
        StudyStore store = mock(StudyStore.class);
        ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("timeline.publicReportAllowed", Languages.DUTCH, "Toestemming gegeven");
        StatusChanges changes = new StatusChanges(store, new TimelineNotes(messages), events, Clock.systemDefaultZone());
        when(store.lockStatus("s-1")).thenReturn(Optional.of(StudyStatus.PUBLISHED));

        changes.note("s-1", TimelineKind.PUBLIC_REPORT_ALLOWED, "indiener");

        verify(store, never()).updateStatus(any(), any());
        verify(store).addEvent(org.mockito.ArgumentMatchers.eq("s-1"), org.mockito.ArgumentMatchers.eq(StudyStatus.PUBLISHED),
                org.mockito.ArgumentMatchers.eq(TimelineKind.PUBLIC_REPORT_ALLOWED), any(),
                org.mockito.ArgumentMatchers.eq("indiener"), any(), any());
        verify(events).publishEvent(new StudyStatusChanged("s-1", StudyStatus.PUBLISHED, TimelineKind.PUBLIC_REPORT_ALLOWED,
                "indiener", "Toestemming gegeven"));
        assertThatThrownBy(() -> changes.change("s-1", TimelineKind.PUBLIC_REPORT_WITHDRAWN, "indiener"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> changes.note("s-1", TimelineKind.ASSESSED, "indiener"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
