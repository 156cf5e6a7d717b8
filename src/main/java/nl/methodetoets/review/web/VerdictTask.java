package nl.methodetoets.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.ReviewProcess;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.review.SubmittedReview;
import nl.methodetoets.review.VerdictProposal;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskHandler;
import nl.methodetoets.web.TaskPage;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** VERDICT: the chair fixes the verdict and the exemplary flag, starting from what the decision tables compute. */
@Component
class VerdictTask implements TaskHandler<VerdictTask.Details> {
    static final TaskType TYPE = TaskType.ofStudy("VERDICT", ReviewProcess.TASK_VERDICT);

    /** The consolidated scores (null: n.v.t.) and the computed verdict and exemplary flag. */
    record Details(Map<String, Integer> consolidated, Integer computedVerdict, boolean computedExemplary) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(description = "Completes a VERDICT task: the chair fixes the verdict.",
            requiredProperties = {"verdict", "exemplary"})
    record Body(@io.swagger.v3.oas.annotations.media.Schema(description = "The verdict, 1 (insufficient) to 5 (excellent).", minimum = "1", maximum = "5")
                Integer verdict,
                @io.swagger.v3.oas.annotations.media.Schema(description = "Whether the study is designated exemplary.") Boolean exemplary,
                @io.swagger.v3.oas.annotations.media.Schema(description = "The motivation, shown to the submitter; required when the verdict or exemplary departs from the computed proposal.") String motivation) {
    }

    /** The verdict form: the details, the rubric, and each reviewer's sent review with their names, side by side. */
    record Form(Map<String, Integer> consolidated, Integer computedVerdict, boolean computedExemplary, Rubric rubric,
                List<SubmittedReview> reviews, Map<String, String> names) {
    }

    private final ReviewManagement reviews;
    private final TaskBodies bodies;
    private final ReviewerNames names;

    VerdictTask(ReviewManagement reviews, TaskBodies bodies, ReviewerNames names) {
        this.reviews = reviews;
        this.bodies = bodies;
        this.names = names;
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
        VerdictProposal proposal = reviews.verdictProposal(task.studyId());
        return new Details(proposal.consolidated(), proposal.computedVerdict(), proposal.computedExemplary());
    }

    @Override
    public void complete(WorkItem task, JsonNode json, UserAccount user) {
        Body body = bodies.read(json, Body.class);
        reviews.decideVerdict(task.id(), task.studyId(), body.verdict(), body.exemplary(), body.motivation(), user);
    }

    /** {@code verdict} as a number; an unchecked {@code exemplary} box is not posted, so it means false. */
    @Override
    public JsonNode formBody(MultiValueMap<String, String> form) {
        ObjectNode body = bodies.object();
        String verdict = TaskBodies.first(form, "verdict");
        if (verdict != null) {
            TaskBodies.putNumber(body, "verdict", verdict);
        }
        body.put("exemplary", Boolean.parseBoolean(TaskBodies.first(form, "exemplary")));
        TaskBodies.copyText(form, body, "motivation");
        return body;
    }

    @Override
    public TaskPage page(WorkItem task, Details details, UserAccount user) {
        List<SubmittedReview> sent = reviews.submittedReviews(task.studyId());
        return new TaskPage("review/tasks :: verdict", new Form(details.consolidated(), details.computedVerdict(),
                details.computedExemplary(), reviews.rubricOf(task.studyId()), sent,
                names.of(sent.stream().map(SubmittedReview::reviewerId).toList())));
    }
}
