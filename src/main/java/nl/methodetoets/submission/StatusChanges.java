package nl.methodetoets.submission;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.methodetoets.common.ConflictException;
import nl.methodetoets.common.Languages;
import nl.methodetoets.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a study on under its row lock, through the transition table, records the typed entry in the timeline and
 * tells the other modules. Other modules' milestones arrive as events, in their transaction.
 */
@Component
class StatusChanges {
    private final StudyStore store;
    private final TimelineNotes notes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatusChanges(StudyStore store, TimelineNotes notes, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.notes = notes;
        this.events = events;
        this.clock = clock;
    }

    /** The first entry of a new study; there is no status before it to check. */
    void submitted(String studyId, OffsetDateTime at, String actor) {
        record(studyId, StudyStatus.SUBMITTED, TimelineKind.SUBMITTED, at, actor, null, List.of());
    }

    /** An entry of a kind that {@linkplain TimelineKind#keepsStatus keeps the status}, under the study's row lock. */
    void note(String studyId, TimelineKind kind, String actor) {
        if (!kind.keepsStatus()) {
            throw new IllegalArgumentException(kind + " moves the study; use change");
        }
        StudyStatus current = store.lockStatus(studyId).orElseThrow(() -> new NotFoundException("study.notFound", studyId));
        record(studyId, current, kind, OffsetDateTime.now(clock), actor, null, List.of());
    }

    void change(String studyId, TimelineKind kind, String actor) {
        change(studyId, kind, actor, null, List.of());
    }

    /** Refuses (409) a move the transition table does not allow, e.g. from PUBLISHED back into review. */
    void change(String studyId, TimelineKind kind, String actor, String remarks, List<String> args) {
        if (kind.keepsStatus()) {
            throw new IllegalArgumentException(kind + " keeps the status; use note");
        }
        StudyStatus current = store.lockStatus(studyId).orElseThrow(() -> new NotFoundException("study.notFound", studyId));
        if (!current.canMoveTo(kind.status())) {
            throw new ConflictException("study.illegalTransition", current, kind.status());
        }
        if (current != kind.status()) {
            store.updateStatus(studyId, kind.status());
        }
        record(studyId, kind.status(), kind, OffsetDateTime.now(clock), actor, remarks, args);
    }

    /** A milestone of another module (review, advice), recorded in the same transaction as its work. */
    @EventListener
    void on(StudyMilestone milestone) {
        change(milestone.studyId(), milestone.timelineKind(), milestone.actor(), null, milestone.messageArgs());
    }

    private void record(String studyId, StudyStatus status, TimelineKind kind, OffsetDateTime at, String actor,
                        String remarks, List<String> args) {
        store.addEvent(studyId, status, kind, at, actor, remarks, args);
        String note = notes.render(kind.messageKey(), args, remarks, Languages.DUTCH);
        events.publishEvent(new StudyStatusChanged(studyId, status, kind, actor, note));
    }
}
