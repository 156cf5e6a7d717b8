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
        record(studyId, TimelineKind.SUBMITTED, at, actor, null, List.of());
    }

    void change(String studyId, TimelineKind kind, String actor) {
        change(studyId, kind, actor, null, List.of());
    }

    /** Refuses (409) a move the transition table does not allow, e.g. from PUBLISHED back into review. */
    void change(String studyId, TimelineKind kind, String actor, String remarks, List<String> args) {
        StudyStatus current = store.lockStatus(studyId).orElseThrow(() -> new NotFoundException("study.notFound", studyId));
        if (!current.canMoveTo(kind.status())) {
            throw new ConflictException("study.illegalTransition", current, kind.status());
        }
        if (current != kind.status()) {
            store.updateStatus(studyId, kind.status());
        }
        record(studyId, kind, OffsetDateTime.now(clock), actor, remarks, args);
    }

    /** A milestone of another module (review, advice), recorded in the same transaction as its work. */
    @EventListener
    void on(StudyMilestone milestone) {
        change(milestone.studyId(), milestone.timelineKind(), milestone.actor(), null, milestone.messageArgs());
    }

    private void record(String studyId, TimelineKind kind, OffsetDateTime at, String actor, String remarks,
                        List<String> args) {
        store.addEvent(studyId, kind, at, actor, remarks, args);
        String note = notes.render(kind.messageKey(), args, remarks, Languages.DUTCH);
        events.publishEvent(new StudyStatusChanged(studyId, kind.status(), kind, actor, note));
    }
}
