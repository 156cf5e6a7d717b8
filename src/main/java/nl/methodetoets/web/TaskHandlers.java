package nl.methodetoets.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.methodetoets.common.NotFoundException;
import org.springframework.stereotype.Component;

/** The registered {@link TaskHandler}s, by task type and by BPMN user task id. */
@Component
class TaskHandlers {
    private final Map<String, TaskHandler<?>> byType = new HashMap<>();
    private final Map<String, TaskType> byKey = new HashMap<>();

    TaskHandlers(List<TaskHandler<?>> handlers) {
        for (TaskHandler<?> handler : handlers) {
            TaskType type = handler.type();
            if (byType.put(type.name(), handler) != null) {
                throw new IllegalStateException("Two handlers for task type " + type.name());
            }
            type.taskKeys().forEach(key -> {
                if (byKey.put(key, type) != null) {
                    throw new IllegalStateException("Two task types for BPMN task " + key);
                }
            });
        }
    }

    /** Every handler, ordered by task type name (for the API description). */
    List<TaskHandler<?>> all() {
        return byType.entrySet().stream().sorted(Map.Entry.comparingByKey()).<TaskHandler<?>>map(Map.Entry::getValue).toList();
    }

    /** The type of a BPMN user task; empty for tasks no module shows in a task list. */
    Optional<TaskType> typeOf(String taskKey) {
        return Optional.ofNullable(byKey.get(taskKey));
    }

    TaskHandler<?> of(WorkItem item) {
        TaskHandler<?> handler = byType.get(item.type());
        if (handler == null) {
            throw new NotFoundException("task.notFound", item.id());
        }
        return handler;
    }
}
