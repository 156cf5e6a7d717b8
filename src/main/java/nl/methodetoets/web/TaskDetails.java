package nl.methodetoets.web;

import nl.methodetoets.identity.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each task's form needs (API.md {@code GET /api/tasks/{id}}), shared by the API and the UI. */
@Service
@Transactional // not read-only: the verdict proposal evaluates DMN decisions, which write decision history
class TaskDetails {
    /** A task page: the task with its details, and the fragment that shows its form. */
    record Shown(TaskView task, TaskPage page) {
    }

    private final TaskWork work;
    private final TaskHandlers handlers;

    TaskDetails(TaskWork work, TaskHandlers handlers) {
        this.work = work;
        this.handlers = handlers;
    }

    TaskView describe(String taskId, UserAccount user) {
        WorkItem item = work.find(taskId, user);
        return TaskView.of(item, handlers.of(item).details(item, user));
    }

    Shown show(String taskId, UserAccount user) {
        WorkItem item = work.find(taskId, user);
        return show(handlers.of(item), item, user);
    }

    private static <D> Shown show(TaskHandler<D> handler, WorkItem item, UserAccount user) {
        D details = handler.details(item, user);
        return new Shown(TaskView.of(item, details), handler.page(item, details, user));
    }
}
