package nl.methodetoets.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.methodetoets.common.ConflictRetry;
import nl.methodetoets.identity.Identity;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's task list over JSON (API.md, "Tasks"). */
@RestController
@RequestMapping("/api/tasks")
class TaskController {
    private final TaskWork work;
    private final TaskDetails details;
    private final TaskCompletion completion;
    private final Identity identity;

    TaskController(TaskWork work, TaskDetails details, TaskCompletion completion, Identity identity) {
        this.work = work;
        this.details = details;
        this.completion = completion;
        this.identity = identity;
    }

    @GetMapping
    List<WorkItem> tasks(Authentication who) {
        return work.list(identity.current(who));
    }

    @GetMapping("/{id}")
    TaskView task(@PathVariable String id, Authentication who) {
        return details.describe(id, identity.current(who));
    }

    /** Saves a draft of a SCORE task (same body as its completion); resumed through {@code GET /api/tasks/{id}}. */
    @PostMapping("/{id}/draft")
    ResponseEntity<Void> draft(@PathVariable String id, @RequestBody(required = false) JsonNode body, Authentication who) {
        completion.saveDraft(id, body, identity.current(who));
        return ResponseEntity.noContent().build();
    }

    /** Retries a completion that lost an optimistic-locking race, so clients never see such a conflict. */
    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) JsonNode body, Authentication who) {
        var user = identity.current(who);
        ConflictRetry.run(() -> completion.complete(id, body, user));
        return ResponseEntity.noContent().build();
    }
}
