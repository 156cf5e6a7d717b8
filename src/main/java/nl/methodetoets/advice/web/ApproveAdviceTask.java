package nl.methodetoets.advice.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.advice.AdviceRound;
import nl.methodetoets.advice.AnnualAdviceProcess;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskHandler;
import nl.methodetoets.web.TaskPage;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** APPROVE_ADVICE: the chair approves the draft (it is published) or sends it back with remarks. */
@Component
class ApproveAdviceTask implements TaskHandler<AdviceTaskDetails> {
    static final TaskType TYPE = TaskType.ofYear("APPROVE_ADVICE", AnnualAdviceProcess.TASK_APPROVE_ADVICE);

    @io.swagger.v3.oas.annotations.media.Schema(description = "Completes an APPROVE_ADVICE task: the chair approves the draft (the final PDF is rendered "
            + "and published) or returns it to the secretariat. Approval while a study of the year is under objection is "
            + "refused with 409.", requiredProperties = "approved")
    record Body(@io.swagger.v3.oas.annotations.media.Schema(description = "True to approve, false to return the draft.") Boolean approved,
                @io.swagger.v3.oas.annotations.media.Schema(description = "Remarks; required when the draft is returned (what to change).") String remarks) {
    }

    private final AdviceManagement advice;
    private final SubmissionManagement submissions;
    private final TaskBodies bodies;

    ApproveAdviceTask(AdviceManagement advice, SubmissionManagement submissions, TaskBodies bodies) {
        this.advice = advice;
        this.submissions = submissions;
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
    public AdviceTaskDetails details(WorkItem task, UserAccount user) {
        return new AdviceTaskDetails(advice.round(task.year()));
    }

    @Override
    public void complete(WorkItem task, JsonNode json, UserAccount user) {
        Body body = bodies.read(json, Body.class);
        advice.decideApproval(task.id(), task.year(), body.approved(), body.remarks());
    }

    /** {@code approved} (a radio button, "true" or "false") and {@code remarks}. */
    @Override
    public JsonNode formBody(MultiValueMap<String, String> form) {
        ObjectNode body = bodies.object();
        TaskBodies.copyFlags(form, body, "approved");
        TaskBodies.copyText(form, body, "remarks");
        return body;
    }

    /** The approval form: the round, and the titles of its studies under objection (which keep it from approval). */
    record Form(AdviceRound round, java.util.Map<String, String> underObjection) {
    }

    @Override
    public TaskPage page(WorkItem task, AdviceTaskDetails details, UserAccount user) {
        return new TaskPage("advice/tasks :: approveAdvice",
                new Form(details.round(), submissions.titles(details.round().underObjection())));
    }
}
