package nl.methodetoets.web;

import java.util.List;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.SubmissionManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Intakewachtrij": the secretariat's open INTAKE tasks on one page, each with the report's first page, the
 * metadata and the decision form. Decisions post to the ordinary task form ({@code /tasks/{id}}), so there is one
 * way to complete an intake.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class IntakeQueueController {
    /** One waiting study with the task that decides it. */
    record Waiting(WorkItem task, Study study) {
    }

    private final TaskWork work;
    private final SubmissionManagement submissions;
    private final Identity identity;

    IntakeQueueController(TaskWork work, SubmissionManagement submissions, Identity identity) {
        this.work = work;
        this.submissions = submissions;
        this.identity = identity;
    }

    @GetMapping("/intake")
    String queue(Authentication who, Model model) {
        List<Waiting> waiting = work.list(identity.current(who)).stream()
                .filter(task -> task.type() == TaskType.INTAKE && task.studyId() != null)
                .map(task -> new Waiting(task, submissions.existing(task.studyId())))
                .toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute("organisationNames", identity.organisationNames()); // submission/fragments :: facts names them
        return "web/intake";
    }
}
