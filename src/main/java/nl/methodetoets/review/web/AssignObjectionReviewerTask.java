package nl.methodetoets.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ObjectionReviews;
import nl.methodetoets.review.ReviewerProposal;
import nl.methodetoets.submission.ObjectionReviewProcess;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskHandler;
import nl.methodetoets.web.TaskPage;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * ASSIGN_OBJECTION_REVIEWER: the secretariat chooses the one member who re-reviews an objection (again after the
 * chosen one declared a conflict).
 */
@Component
class AssignObjectionReviewerTask implements TaskHandler<AssignObjectionReviewerTask.Details> {
    static final TaskType TYPE = TaskType.ofStudy("ASSIGN_OBJECTION_REVIEWER", ObjectionReviewProcess.TASK_ASSIGN_REVIEWER);

    /**
     * {@code required}: always 1; {@code proposal}: the proposed member, also marked in {@code candidates}, where
     * everyone who scored the study or has a conflict of interest is excluded with the reason.
     */
    record Details(int required, List<String> proposal, List<ReviewerProposal.Candidate> candidates) {
    }

    @Schema(description = "Completes an ASSIGN_OBJECTION_REVIEWER task: the one member who re-reviews the study (not one "
            + "of its reviewers, without a conflict of interest).", requiredProperties = "reviewers")
    record Body(@Schema(description = "Exactly one user id.") List<String> reviewers) {
    }

    private final ObjectionReviews reviews;
    private final TaskBodies bodies;

    AssignObjectionReviewerTask(ObjectionReviews reviews, TaskBodies bodies) {
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
        return new Details(proposal.required(), proposal.proposal(), proposal.candidates());
    }

    @Override
    public void complete(WorkItem task, JsonNode json, UserAccount user) {
        reviews.assignReviewer(task.id(), task.studyId(), bodies.read(json, Body.class).reviewers());
    }

    /** The chosen {@code reviewers} radio button becomes the list. */
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
        return new TaskPage("review/objection-tasks :: assign", details);
    }
}
