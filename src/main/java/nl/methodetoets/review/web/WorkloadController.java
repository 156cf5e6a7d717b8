package nl.methodetoets.review.web;

import nl.methodetoets.review.ReviewManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The secretariat's view of reviewer workload: open tasks, overdue ones, mean turnaround. */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT','CHAIR','ADMIN')")
class WorkloadController {
    private final ReviewManagement reviews;

    WorkloadController(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/review/workload")
    String page(Model model) {
        model.addAttribute("workload", reviews.workload());
        return "review/workload";
    }
}
