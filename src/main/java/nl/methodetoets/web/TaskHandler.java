package nl.methodetoets.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.identity.UserAccount;
import org.springframework.modulith.NamedInterface;
import org.springframework.util.MultiValueMap;

/**
 * One task type's form, implemented by the module that owns the step (a Spring bean in its {@code web} package).
 * The web shell finds the task and checks access; the handler says what the form needs, completes the task and
 * turns the browser's form post into the body the JSON API takes. Called inside a transaction.
 *
 * @param <D> the type's details record, serialized flat into {@code GET /api/tasks/{id}}; {@code Void} for none
 */
@NamedInterface("tasks")
public interface TaskHandler<D> {

    TaskType type();

    /** What the form needs beyond the work item; null when the type has no details. */
    D details(WorkItem task, UserAccount user);

    /** Completes the task with an API body ({@code POST /api/tasks/{id}/complete}). */
    void complete(WorkItem task, JsonNode body, UserAccount user);

    /** The browser's form fields as the API body: e.g. {@code score_K1=nvt} becomes {@code "scores": {"K1": null}}. */
    JsonNode formBody(MultiValueMap<String, String> form);

    /** The fragment the task page includes and the record it shows. */
    TaskPage page(WorkItem task, D details, UserAccount user);

    /**
     * Where someone who opens this task after finishing it can see what they did (e.g. a reviewer's own review);
     * null for the study or advice page.
     */
    default String afterwards(WorkItem task) {
        return null;
    }

    /**
     * The record {@link #complete} reads the body into, for the API description (one schema per task type in the
     * {@code oneOf} of {@code POST /api/tasks/{id}/complete}); null: the body is described as any object.
     */
    default Class<?> bodyType() {
        return null;
    }

    /** Saves unfinished work without completing the task; only some types have drafts. */
    default void saveDraft(WorkItem task, JsonNode body, UserAccount user) {
        throw new InvalidInputException("task", "task.noDraft");
    }
}
