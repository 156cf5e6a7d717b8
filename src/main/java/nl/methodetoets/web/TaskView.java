package nl.methodetoets.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;

/**
 * {@code GET /api/tasks/{id}}: the work item's fields followed, flat, by the fields of its type's details record
 * (none for types without details).
 */
public record TaskView(String id, String type, String studyId, Integer year, String name, OffsetDateTime created,
                       OffsetDateTime due, String studyTitle, @JsonUnwrapped Object details) {

    static TaskView of(WorkItem item, Object details) {
        return new TaskView(item.id(), item.type(), item.studyId(), item.year(), item.name(), item.created(),
                item.due(), item.studyTitle(), details);
    }
}
