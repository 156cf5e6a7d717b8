package nl.methodetoets.web;

import java.time.OffsetDateTime;

/** One entry of a task list (API.md): advice tasks carry a year and no study. */
record WorkItem(String id, TaskType type, String studyId, Integer year, String name, OffsetDateTime created,
                OffsetDateTime due, String assignee, String studyTitle) {
}
