package nl.methodetoets.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import org.springframework.modulith.NamedInterface;

/**
 * One entry of a task list (API.md): advice tasks carry a year and no study. {@code taskKey}, the BPMN user task id,
 * is for the handler (e.g. a replacement assignment) and not part of the API.
 */
@NamedInterface("tasks")
public record WorkItem(String id, String type, String studyId, Integer year, String name, OffsetDateTime created,
                       OffsetDateTime due, String assignee, String studyTitle, @JsonIgnore String taskKey) {
}
