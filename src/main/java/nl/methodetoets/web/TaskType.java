package nl.methodetoets.web;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A kind of work in a task list (API.md): its name in the API ({@code "SCORE"}), the BPMN user task ids it stands
 * for, and whether the process's business key is a study id or an advice year. Declared by the module that owns the
 * task, through its {@link TaskHandler}.
 */
@NamedInterface("tasks")
public record TaskType(String name, Subject subject, Set<String> taskKeys) {
    /** What a task of this type is about. */
    public enum Subject { STUDY, YEAR }

    public TaskType {
        taskKeys = Set.copyOf(taskKeys);
    }

    /** A task about one study (the business key is its id). */
    public static TaskType ofStudy(String name, String... taskKeys) {
        return new TaskType(name, Subject.STUDY, Set.of(taskKeys));
    }

    /** A task about an advice year (the business key is the year). */
    public static TaskType ofYear(String name, String... taskKeys) {
        return new TaskType(name, Subject.YEAR, Set.of(taskKeys));
    }

    public boolean is(WorkItem item) {
        return name.equals(item.type());
    }
}
