package nl.methodetoets.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * {@code GET /api/tasks/{id}}: the work item's fields followed, flat, by the fields of its type's details record
 * (none for types without details).
 */
@Schema(name = "Task", description = "A task followed, flat, by the fields its type's form needs (see "
        + "`GET /api/tasks/{id}`); types without details have none.",
        additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
public record TaskView(String id, String type, String studyId, Integer year, String name, OffsetDateTime created,
                       OffsetDateTime due, String studyTitle, @Schema(hidden = true) @JsonUnwrapped Object details) {

    static TaskView of(WorkItem item, Object details) {
        return new TaskView(item.id(), item.type(), item.studyId(), item.year(), item.name(), item.created(),
                item.due(), item.studyTitle(), details);
    }
}
