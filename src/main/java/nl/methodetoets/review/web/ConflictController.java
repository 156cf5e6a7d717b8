package nl.methodetoets.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import nl.methodetoets.review.ConflictsOfInterest;
import nl.methodetoets.review.DeclaredConflict;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Declared conflicts of interest (API.md): ADMIN and SECRETARIAT record them for anyone; a reviewer declares their own. */
@RestController
@RequestMapping("/api/users/{id}/conflicts")
@PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT') or #id == authentication.name")
@Tag(name = "Conflicts of interest", description = "Declared conflicts of interest: a reviewer with a conflict with an "
        + "organisation is never assigned that organisation's studies.")
class ConflictController {
    @io.swagger.v3.oas.annotations.media.Schema(name = "NewConflict", description = "A conflict of interest to declare.",
            requiredProperties = {"organisation", "reason"})
    record ConflictRequest(String organisation, String reason) {
    }

    private final ConflictsOfInterest conflicts;

    ConflictController(ConflictsOfInterest conflicts) {
        this.conflicts = conflicts;
    }

    @PostMapping
    @Operation(operationId = "declareConflict", summary = "Declare a conflict of interest", description = "Records that the user has a conflict of "
            + "interest with an organisation. ADMIN and SECRETARIAT for anyone; a reviewer for themselves.")
    @ApiResponse(responseCode = "201", description = "The conflict is recorded.")
    ResponseEntity<DeclaredConflict> declare(@Parameter(description = "The user's id.") @PathVariable String id, @RequestBody ConflictRequest request) {
        DeclaredConflict conflict = conflicts.declare(id, request.organisation(), request.reason());
        return ResponseEntity.created(URI.create("/api/users/" + id + "/conflicts")).body(conflict);
    }

    @GetMapping
    @Operation(operationId = "listConflicts", summary = "List a user's conflicts of interest", description = "ADMIN and SECRETARIAT for anyone; a "
            + "reviewer for themselves.")
    @ApiResponse(responseCode = "200", description = "The declared conflicts.")
    List<DeclaredConflict> list(@Parameter(description = "The user's id.") @PathVariable String id) {
        return conflicts.of(id);
    }
}
