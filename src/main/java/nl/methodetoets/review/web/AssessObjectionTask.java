package nl.methodetoets.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ObjectionReviews;
import nl.methodetoets.submission.Objection;
import nl.methodetoets.submission.ObjectionReviewProcess;
import nl.methodetoets.submission.Objections;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskHandler;
import nl.methodetoets.web.TaskPage;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** ASSESS_OBJECTION: the secretariat judges whether an objection is admissible. */
@Component
class AssessObjectionTask implements TaskHandler<AssessObjectionTask.Details> {
    static final TaskType TYPE = TaskType.ofStudy("ASSESS_OBJECTION", ObjectionReviewProcess.TASK_ASSESS);

    /** The objection: its grounds, when it was filed, the verdict it contests and where its attachment is (or null). */
    record Details(String objectionId, String grounds, OffsetDateTime filed, int contestedVerdict, String attachment) {
    }

    @Schema(description = "Completes an ASSESS_OBJECTION task: admissible (a re-review follows) or not (the objection "
            + "ends, the verdict stands and the remarks go to the submitter).", requiredProperties = "admissible")
    record Body(@Schema(description = "Whether the objection is admissible.") Boolean admissible,
                @Schema(description = "Remarks; required when inadmissible (the submitter reads them).") String remarks) {
    }

    private final ObjectionReviews reviews;
    private final Objections objections;
    private final TaskBodies bodies;

    AssessObjectionTask(ObjectionReviews reviews, Objections objections, TaskBodies bodies) {
        this.reviews = reviews;
        this.objections = objections;
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
        Objection objection = objections.open(task.studyId());
        return new Details(objection.id(), objection.grounds(), objection.filed(), objection.originalVerdict(),
                ObjectionLinks.attachment(task.studyId(), objection));
    }

    @Override
    public void complete(WorkItem task, JsonNode json, UserAccount user) {
        Body body = bodies.read(json, Body.class);
        reviews.judgeAdmissibility(task.id(), task.studyId(), body.admissible(), body.remarks(), user);
    }

    /** {@code admissible} (a radio button, "true" or "false") and {@code remarks}. */
    @Override
    public JsonNode formBody(MultiValueMap<String, String> form) {
        ObjectNode body = bodies.object();
        TaskBodies.copyFlags(form, body, "admissible");
        TaskBodies.copyText(form, body, "remarks");
        return body;
    }

    @Override
    public TaskPage page(WorkItem task, Details details, UserAccount user) {
        return new TaskPage("review/objection-tasks :: assess", details);
    }
}
