package nl.methodetoets.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Rubric and reviewers", description = "The scoring instrument (criteria K1-K8 and their levels, current and "
        + "earlier versions) and the reviewers' workload.")
class ReviewApiController {
    private final ReviewManagement reviews;

    ReviewApiController(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/api/rubric")
    @Operation(operationId = "getCurrentRubric", summary = "Read the current rubric", description = "The instrument new scoring tasks use: its "
            + "version and per criterion its name, dimension, the study types it does not apply to, and the anchor "
            + "text of each level.")
    @ApiResponse(responseCode = "200", description = "The rubric.")
    Rubric rubric() {
        return reviews.currentRubric();
    }

    @GetMapping("/api/rubric/versions")
    @Operation(operationId = "listRubricVersions", summary = "List the rubric versions", description = "Every version of the instrument, oldest first.")
    @ApiResponse(responseCode = "200", description = "The version names.")
    List<String> versions() {
        return reviews.rubricVersions();
    }

    @GetMapping("/api/rubric/versions/{version}")
    @Operation(operationId = "getRubricVersion", summary = "Read a rubric version", description = "One version of the instrument, e.g. the one a "
            + "study was scored with.")
    @ApiResponse(responseCode = "200", description = "The rubric.")
    Rubric version(@Parameter(description = "The version name, e.g. `2012-1`.") @PathVariable String version) {
        return reviews.rubric(version);
    }

    @PostMapping("/api/rubric/versions")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(operationId = "addRubricVersion", summary = "Add a rubric version", description = "ADMIN only: a new version of the instrument, used by "
            + "scoring tasks from then on. Criterion codes must be those the decision tables know (K1-K8).")
    @ApiResponse(responseCode = "201", description = "The version is added.")
    @ApiResponse(responseCode = "409", description = "This version exists.")
    ResponseEntity<Rubric> add(@RequestBody Rubric rubric) {
        Rubric added = reviews.addRubric(rubric);
        return ResponseEntity.created(URI.create("/api/rubric/versions/" + added.version())).body(added);
    }

    @GetMapping("/api/reviewers/workload")
    @PreAuthorize("hasAnyRole('SECRETARIAT','CHAIR','ADMIN')")
    @Operation(operationId = "getReviewerWorkload", summary = "Read the reviewers' workload", description = "SECRETARIAT, CHAIR and ADMIN: per reviewer "
            + "their open and overdue scoring tasks and their mean turnaround, to balance assignments.")
    @ApiResponse(responseCode = "200", description = "The workload per reviewer.")
    List<Workload> workload() {
        return reviews.workload();
    }
}
