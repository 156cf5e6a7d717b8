package nl.methodetoets.review.web;

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
class ConflictController {
    record ConflictRequest(String organisation, String reason) {
    }

    private final ConflictsOfInterest conflicts;

    ConflictController(ConflictsOfInterest conflicts) {
        this.conflicts = conflicts;
    }

    @PostMapping
    ResponseEntity<DeclaredConflict> declare(@PathVariable String id, @RequestBody ConflictRequest request) {
        DeclaredConflict conflict = conflicts.declare(id, request.organisation(), request.reason());
        return ResponseEntity.created(URI.create("/api/users/" + id + "/conflicts")).body(conflict);
    }

    @GetMapping
    List<DeclaredConflict> list(@PathVariable String id) {
        return conflicts.of(id);
    }
}
