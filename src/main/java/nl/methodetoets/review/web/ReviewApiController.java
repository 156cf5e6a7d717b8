package nl.methodetoets.review.web;

import java.net.URI;
import java.util.List;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.review.Workload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The instrument (current and earlier versions; new versions by ADMIN) and the reviewers' workload. */
@RestController
class ReviewApiController {
    private final ReviewManagement reviews;

    ReviewApiController(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/api/rubric")
    Rubric rubric() {
        return reviews.currentRubric();
    }

    @GetMapping("/api/rubric/versions")
    List<String> versions() {
        return reviews.rubricVersions();
    }

    @GetMapping("/api/rubric/versions/{version}")
    Rubric version(@PathVariable String version) {
        return reviews.rubric(version);
    }

    @PostMapping("/api/rubric/versions")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Rubric> add(@RequestBody Rubric rubric) {
        Rubric added = reviews.addRubric(rubric);
        return ResponseEntity.created(URI.create("/api/rubric/versions/" + added.version())).body(added);
    }

    @GetMapping("/api/reviewers/workload")
    @PreAuthorize("hasAnyRole('SECRETARIAT','CHAIR','ADMIN')")
    List<Workload> workload() {
        return reviews.workload();
    }
}
