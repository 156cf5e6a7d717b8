package nl.methodetoets.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.ReviewProcess;
import nl.methodetoets.review.ReviewerProposal;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskHandler;
import nl.methodetoets.web.TaskPage;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * ASSIGN_REVIEWERS: the secretariat chooses the reviewers, or, after a reviewer declared a conflict
 * ({@code replacement}), only the replacement.
 */
@Component
class AssignReviewersTask implements TaskHandler<AssignReviewersTask.Details> {
    static final TaskType TYPE = TaskType.ofStudy("ASSIGN_REVIEWERS",
            ReviewProcess.TASK_ASSIGN_REVIEWERS, ReviewProcess.TASK_ASSIGN_REPLACEMENT);

    /** {@code required}: how many to choose; {@code proposal}: the proposed reviewer ids, also marked in {@code candidates}. */
    record Details(boolean replacement, int required, List<String> proposal, List<ReviewerProposal.Candidate> candidates) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(description = "Completes an ASSIGN_REVIEWERS task: the reviewers who score the study (at least two, none "
            + "with a conflict of interest; for a replacement only the new ones).", requiredProperties = "reviewers")
    record Body(@io.swagger.v3.oas.annotations.media.Schema(description = "The reviewers' user ids.") List<String> reviewers) {
    }

    private final ReviewManagement reviews;
    private final TaskBodies bodies;

    AssignReviewersTask(ReviewManagement reviews, TaskBodies bodies) {
        this.reviews = reviews;
        this.bodies = bodies;
    }

    @Override
    public TaskType type() {
        return TYPE;
    }

    @Override
    public Class<?> bodyType() {
        return Body.class;
    }

    @Override
    public Details details(WorkItem task, UserAccount user) {
        ReviewerProposal proposal = reviews.propose(task.studyId());
        return new Details(isReplacement(task), proposal.required(), proposal.proposal(), proposal.candidates());
    }

    @Override
    public void complete(WorkItem task, JsonNode json, UserAccount user) {
        List<String> reviewers = bodies.read(json, Body.class).reviewers();
        if (isReplacement(task)) {
            reviews.assignReplacement(task.id(), task.studyId(), reviewers);
        } else {
            reviews.assignReviewers(task.id(), task.studyId(), reviewers);
        }
    }

    /** The checked {@code reviewers} boxes become the list. */
    @Override
    public JsonNode formBody(MultiValueMap<String, String> form) {
        ObjectNode body = bodies.object();
        if (form.containsKey("reviewers")) {
            form.get("reviewers").forEach(body.putArray("reviewers")::add);
        }
        return body;
    }

    @Override
    public TaskPage page(WorkItem task, Details details, UserAccount user) {
        return new TaskPage("review/tasks :: assignReviewers", details);
    }

    private static boolean isReplacement(WorkItem task) {
        return ReviewProcess.TASK_ASSIGN_REPLACEMENT.equals(task.taskKey());
    }
}
