package nl.methodetoets.submission;

import java.time.OffsetDateTime;
import nl.methodetoets.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Moves a study to a new status under its row lock, records it in the timeline and tells the other modules. */
@Component
class StatusChanges {
    private final StudyStore store;
    private final ApplicationEventPublisher events;

    StatusChanges(StudyStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    void change(String studyId, StudyStatus status, String note) {
        change(studyId, status, note, null);
    }

    void change(String studyId, StudyStatus status, String note, String actor) {
        store.lockStatus(studyId).orElseThrow(() -> new NotFoundException("study.notFound", studyId));
        store.updateStatus(studyId, status);
        store.addEvent(studyId, status, OffsetDateTime.now(), note);
        events.publishEvent(new StudyStatusChanged(studyId, status, note, actor));
    }
}
