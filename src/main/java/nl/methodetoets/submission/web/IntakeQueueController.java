package nl.methodetoets.submission.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.web.SentForm;
import nl.methodetoets.web.TaskWork;
import nl.methodetoets.web.WorkItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Intakewachtrij": the secretariat's open INTAKE tasks on one page, each with the report's first page, the
 * metadata and the decision form. Decisions post to the ordinary task form ({@code /tasks/{id}}, with
 * {@code returnTo=intake}), so there is one way to complete an intake. The waiting studies are loaded in one query, not one per row.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class IntakeQueueController {
    /** One waiting study with the task that decides it; errors and sent: its decision that failed validation. */
    record Waiting(WorkItem task, Study study, Map<String, String> errors, SentForm sent) {
    }

    private final TaskWork work;
    private final SubmissionManagement submissions;
    private final Identity identity;

    IntakeQueueController(TaskWork work, SubmissionManagement submissions, Identity identity) {
        this.work = work;
        this.submissions = submissions;
        this.identity = identity;
    }

    /**
     * The queue. A decision from here that failed validation comes back (TaskPageController redirects here with
     * flash attributes) in its study's block, with its errors and what was sent; the other blocks are untouched.
     */
    @GetMapping("/intake")
    @SuppressWarnings("unchecked")
    String queue(Authentication who, Model model) {
        Object failedTask = model.getAttribute(SentForm.FAILED_TASK);
        Map<String, String> failedErrors = (Map<String, String>) model.getAttribute(SentForm.FAILED_ERRORS);
        SentForm failedSent = SentForm.of((MultiValueMap<String, String>) model.getAttribute(SentForm.FAILED_SENT));
        List<WorkItem> tasks = work.list(identity.current(who)).stream()
                .filter(task -> IntakeTask.TYPE.is(task) && task.studyId() != null).toList();
        Map<String, Study> studies = submissions.studies(tasks.stream().map(WorkItem::studyId).toList()).stream()
                .collect(Collectors.toMap(Study::id, Function.identity()));
        List<Waiting> waiting = tasks.stream().filter(task -> studies.containsKey(task.studyId()))
                .map(task -> task.id().equals(failedTask)
                        ? new Waiting(task, studies.get(task.studyId()), failedErrors, failedSent)
                        : new Waiting(task, studies.get(task.studyId()), Map.of(), SentForm.none())).toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute("defaultDeadline", submissions.defaultCompletionDeadline());
        model.addAttribute("organisationNames", identity.organisationNames()); // submission/fragments :: facts names them
        return "submission/intake";
    }
}
