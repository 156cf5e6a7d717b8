package nl.methodetoets.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.Workload;
import nl.methodetoets.web.TaskWork;
import nl.methodetoets.web.WorkItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The secretariat's view of reviewer workload: open tasks, overdue ones, mean turnaround, per reviewer by name, with
 * each reviewer's open scoring tasks (study and due date) listed below the table.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT','CHAIR','ADMIN')")
class WorkloadController {
    private final ReviewManagement reviews;
    private final Identity identity;
    private final TaskWork work;

    WorkloadController(ReviewManagement reviews, Identity identity, TaskWork work) {
        this.reviews = reviews;
        this.identity = identity;
        this.work = work;
    }

    @GetMapping("/review/workload")
    String page(Model model) {
        List<Workload> workload = reviews.workload();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<WorkItem>> open = new LinkedHashMap<>();
        for (Workload w : workload) {
            UserAccount reviewer = identity.user(w.reviewerId()).orElse(null);
            names.put(w.reviewerId(), reviewer == null ? w.reviewerId() : reviewer.name());
            if (reviewer != null && w.openTasks() > 0) {
                open.put(w.reviewerId(), work.list(reviewer).stream()
                        .filter(t -> ScoreTask.TYPE.name().equals(t.type()) && reviewer.id().equals(t.assignee())).toList());
            }
        }
        model.addAttribute("workload", workload);
        model.addAttribute("names", names);
        model.addAttribute("openTasks", open);
        return "review/workload";
    }
}
