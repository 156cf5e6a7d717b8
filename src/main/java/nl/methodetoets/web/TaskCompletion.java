package nl.methodetoets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.identity.UserAccount;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * Completes a task: finds it (the access check), claims it and hands the body to the handler of its type, which
 * belongs to the module that owns the step. The domain change and the task completion commit together (the engine
 * joins this transaction). Public for module pages that complete a task as part of their own form (the completion form
 * uploads a report version first).
 */
@Service
@NamedInterface("tasks")
public class TaskCompletion {
    static final String TASK_TYPE = "taskType";
    private final TaskWork work;
    private final TaskHandlers handlers;

    TaskCompletion(TaskWork work, TaskHandlers handlers) {
        this.work = work;
        this.handlers = handlers;
    }

    @Transactional
    void complete(String taskId, JsonNode body, UserAccount user) {
        WorkItem item = work.find(taskId, user);
        JsonNode checked = withoutTaskType(item, body);
        work.claimIfOffered(item, user);
        handlers.of(item).complete(item, checked, user);
    }

    /** Completes a task from the browser's form post, converted by the task's handler into the API body. */
    @Transactional
    public void completeForm(String taskId, MultiValueMap<String, String> form, UserAccount user) {
        WorkItem item = work.find(taskId, user);
        complete(taskId, handlers.of(item).formBody(form), user);
    }

    /** Saves a draft without completing the task (only SCORE has drafts). */
    @Transactional
    void saveDraft(String taskId, JsonNode body, UserAccount user) {
        WorkItem item = work.find(taskId, user);
        handlers.of(item).saveDraft(item, withoutTaskType(item, body), user);
    }

    /**
     * The body without its {@code taskType}, which names the type of the task it is meant for (the API description's
     * discriminator); a body meant for another type of task is refused. Bodies without it are taken as they are.
     */
    static JsonNode withoutTaskType(WorkItem item, JsonNode body) {
        if (body instanceof ObjectNode object && object.has(TASK_TYPE)) {
            JsonNode named = object.get(TASK_TYPE);
            if (!named.isTextual() || !named.asText().equals(item.type())) {
                throw new InvalidInputException(TASK_TYPE, "task.wrongType", item.type());
            }
            ObjectNode copy = object.deepCopy();
            copy.remove(TASK_TYPE);
            return copy;
        }
        return body;
    }

    @Transactional
    void saveDraftForm(String taskId, MultiValueMap<String, String> form, UserAccount user) {
        WorkItem item = work.find(taskId, user);
        TaskHandler<?> handler = handlers.of(item);
        handler.saveDraft(item, handler.formBody(form), user);
    }
}
