package nl.methodetoets.web;

import org.springframework.modulith.NamedInterface;

/**
 * What the task page includes for one task: a Thymeleaf fragment ({@code "review/tasks :: score"}) and the typed
 * record it shows, available to the fragment as {@code form}. The fragment also sees {@code task} (a
 * {@link TaskView}) and {@code errors}.
 */
@NamedInterface("tasks")
public record TaskPage(String fragment, Object form) {
}
