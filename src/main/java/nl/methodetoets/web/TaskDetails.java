package nl.methodetoets.web;

import nl.methodetoets.identity.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each task's form needs (API.md {@code GET /api/tasks/{id}}), shared by the API and the UI. */
@Service
@Transactional // not read-only: a verdict proposal consolidated before V11 is computed and stored on its first read
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

    /** A task the user finished, with where they can see what they did ({@link TaskHandler#afterwards}). */
    record Done(WorkItem task, java.time.OffsetDateTime ended, String afterwards) {
    }

    java.util.Optional<Done> finished(String taskId, UserAccount user) {
        return work.finished(taskId, user).map(f -> new Done(f.task(), f.ended(), handlers.of(f.task()).afterwards(f.task())));
    }

    private static <D> Shown show(TaskHandler<D> handler, WorkItem item, UserAccount user) {
        D details = handler.details(item, user);
        return new Shown(TaskView.of(item, details), handler.page(item, details, user));
    }
}
