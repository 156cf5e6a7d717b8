package nl.methodetoets.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ObjectionCase;
import nl.methodetoets.review.ObjectionReviews;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.review.SubmittedReview;
import nl.methodetoets.submission.ObjectionReviewProcess;
import nl.methodetoets.submission.Objections;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskHandler;
import nl.methodetoets.web.TaskPage;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * DECIDE_OBJECTION: the chair upholds an objection (a new verdict and exemplary flag) or rejects it, with a
 * motivation, seeing the original reviews, the consolidated scores, the contested verdict, the grounds and the
 * re-review beside the verdict the decision tables compute from it.
 */
@Component
class DecideObjectionTask implements TaskHandler<DecideObjectionTask.Details> {
    static final TaskType TYPE = TaskType.ofStudy("DECIDE_OBJECTION", ObjectionReviewProcess.TASK_DECIDE);

    /**
     * {@code independent}: the original reviewers' scores by reviewer id; {@code verdict} and {@code exemplary}: the
     * contested ones; {@code reReview}: the re-review's scores; {@code computedVerdict}/{@code computedExemplary}:
     * what the decision tables compute from the re-review.
     */
    record Details(String objectionId, String grounds, String attachment, Map<String, Map<String, Integer>> independent,
                   Map<String, Integer> consolidated, int verdict, boolean exemplary, Map<String, Integer> reReview,
                   Integer computedVerdict, boolean computedExemplary) {
    }

    @Schema(description = "Completes a DECIDE_OBJECTION task: upheld with the new verdict and exemplary flag, or rejected "
            + "(the verdict stands; a verdict sent along must be the contested one).", requiredProperties = {"upheld", "motivation"})
    record Body(@Schema(description = "True: the objection is upheld and the verdict amended; false: rejected.") Boolean upheld,
                @Schema(description = "The new verdict, 1 to 5 (required when upheld).", minimum = "1", maximum = "5") Integer verdict,
                @Schema(description = "Whether the study is exemplary after the decision (required when upheld).") Boolean exemplary,
                @Schema(description = "The motivation, sent to the submitter.") String motivation) {
    }

    /** The decision form: the details, the rubric, the original reviews and the re-review with names, side by side. */
    record Form(Details details, Rubric rubric, List<SubmittedReview> reviews, SubmittedReview reReview,
                Map<String, String> names, String attachmentPage) {
    }

    private final ObjectionReviews objections;
    private final ReviewManagement reviews;
    private final Objections filed;
    private final TaskBodies bodies;
    private final ReviewerNames names;

    DecideObjectionTask(ObjectionReviews objections, ReviewManagement reviews, Objections filed, TaskBodies bodies,
                        ReviewerNames names) {
        this.objections = objections;
        this.reviews = reviews;
        this.filed = filed;
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
        ObjectionCase c = objections.objectionCase(task.studyId());
        return new Details(c.objectionId(), c.grounds(), attachment(task), c.independent(), c.consolidated(),
                c.contestedVerdict(), c.contestedExemplary(), c.reReview() == null ? Map.of() : c.reReview().sheet().scores(),
                c.computedVerdict(), c.computedExemplary());
    }

    @Override
    public void complete(WorkItem task, JsonNode json, UserAccount user) {
        Body body = bodies.read(json, Body.class);
        objections.decide(task.id(), task.studyId(), body.upheld(), body.verdict(), body.exemplary(), body.motivation(), user);
    }

    /**
     * {@code upheld} (a radio button) and {@code motivation}; {@code verdict} (a number) and {@code exemplary} (an
     * unchecked box means false) only when upheld: when rejected the verdict stands, whatever the fields show.
     */
    @Override
    public JsonNode formBody(MultiValueMap<String, String> form) {
        ObjectNode body = bodies.object();
        TaskBodies.copyFlags(form, body, "upheld");
        if (body.path("upheld").asBoolean(false)) {
            String verdict = TaskBodies.first(form, "verdict");
            if (verdict != null) {
                TaskBodies.putNumber(body, "verdict", verdict);
            }
            body.put("exemplary", Boolean.parseBoolean(TaskBodies.first(form, "exemplary")));
        }
        TaskBodies.copyText(form, body, "motivation");
        return body;
    }

    @Override
    public TaskPage page(WorkItem task, Details details, UserAccount user) {
        ObjectionCase c = objections.objectionCase(task.studyId());
        List<String> ids = new ArrayList<>(c.reviews().stream().map(SubmittedReview::reviewerId).toList());
        if (c.reReview() != null) {
            ids.add(c.reReview().reviewerId());
        }
        return new TaskPage("review/objection-tasks :: decide", new Form(details, reviews.rubricOf(task.studyId()),
                c.reviews(), c.reReview(), names.of(ids), ObjectionLinks.page(details.attachment())));
    }

    private String attachment(WorkItem task) {
        return ObjectionLinks.attachment(task.studyId(), filed.open(task.studyId()));
    }
}
