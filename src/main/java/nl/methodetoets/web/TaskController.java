package nl.methodetoets.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Tasks", description = "The signed-in user's work list: tasks assigned to them and unassigned tasks offered "
        + "to one of their roles, what each task's form needs, and completing them.")
class TaskController {
    private static final String TASK_ID = "The task's id, as listed by `GET /api/tasks`.";
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
    @Operation(operationId = "listTasks", summary = "List my tasks", description = "The tasks assigned to the signed-in user plus the unassigned "
            + "tasks offered to one of their roles, oldest first. Advice tasks carry `year` and no `studyId`.")
    @ApiResponse(responseCode = "200", description = "The tasks, oldest first (possibly none).")
    List<WorkItem> tasks(Authentication who) {
        return work.list(identity.current(who));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getTask", summary = "Read a task with what its form needs", description = "The task followed, flat, by what "
            + "its type's form needs: for ASSIGN_REVIEWERS the proposed reviewers and the candidates, for SCORE the "
            + "rubric and the reviewer's saved draft, for CONSENSUS the independent scores, for VERDICT the "
            + "consolidated scores and the computed verdict. 403 when the task is someone else's.")
    @ApiResponse(responseCode = "200", description = "The task and its type's details.")
    TaskView task(@Parameter(description = TASK_ID) @PathVariable String id, Authentication who) {
        return details.describe(id, identity.current(who));
    }

    /** Saves a draft of a SCORE task (same body as its completion); resumed through {@code GET /api/tasks/{id}}. */
    @PostMapping("/{id}/draft")
    @Operation(operationId = "saveTaskDraft", summary = "Save a draft of a scoring task", description = "Saves unfinished scores of a SCORE task "
            + "without completing it (the same body as its completion; incomplete scores are allowed); the draft comes "
            + "back in `GET /api/tasks/{id}`. Other task types have no drafts (422).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The body of a SCORE task, as for completing it.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = ApiDocumentation.TASK_BODY)))
    @ApiResponse(responseCode = "204", description = "The draft is saved.")
    ResponseEntity<Void> draft(@Parameter(description = TASK_ID) @PathVariable String id,
                               @RequestBody(required = false) JsonNode body, Authentication who) {
        completion.saveDraft(id, body, identity.current(who));
        return ResponseEntity.noContent().build();
    }

    /** Retries a completion that lost an optimistic-locking race, so clients never see such a conflict. */
    @PostMapping("/{id}/complete")
    @Operation(operationId = "completeTask", summary = "Complete a task", description = "Completes the task with the body of its type (named in "
            + "`taskType`). A task offered to one of your roles is claimed for you and completed; one assigned to "
            + "someone else, or not offered to your roles, is refused with 403. A body that does not fit the task is "
            + "refused with 422 and `errors`; the process then goes on (the next tasks appear in the task lists).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The body for the task's type.",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = ApiDocumentation.TASK_BODY)))
    @ApiResponse(responseCode = "204", description = "The task is completed.")
    @ApiResponse(responseCode = "409", description = "The task's study or round is no longer in a state that allows "
            + "this, e.g. an advice approved while an objection of that year is open.")
    ResponseEntity<Void> complete(@Parameter(description = TASK_ID) @PathVariable String id,
                                  @RequestBody(required = false) JsonNode body, Authentication who) {
        var user = identity.current(who);
        ConflictRetry.run(() -> completion.complete(id, body, user));
        return ResponseEntity.noContent().build();
    }
}
