package nl.methodetoets.submission.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import nl.methodetoets.common.Enums;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.IntakeDecision;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyReviewProcess;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskHandler;
import nl.methodetoets.web.TaskPage;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** INTAKE: the secretariat accepts a study, asks to complete it or rejects it. The API shows no details. */
@Component
class IntakeTask implements TaskHandler<Void> {
    static final TaskType TYPE = TaskType.ofStudy("INTAKE", StudyReviewProcess.TASK_INTAKE);

    /**
     * The body of {@code POST /api/tasks/{id}/complete}. {@code deadline} (optional, only with REQUEST_COMPLETION):
     * the last day to complete, e.g. "2013-02-01"; {@code possibleExample}: the study then gets three reviewers.
     */
    @io.swagger.v3.oas.annotations.media.Schema(description = "Completes an INTAKE task: accept the study for review, ask the submitter to complete it, or "
            + "reject it.", requiredProperties = "decision")
    record Body(@io.swagger.v3.oas.annotations.media.Schema(description = "The intake decision.", allowableValues = {"ACCEPT", "REQUEST_COMPLETION", "REJECT"})
                String decision,
                @io.swagger.v3.oas.annotations.media.Schema(description = "Remarks for the submitter (what to complete, why rejected).") String remarks,
                @io.swagger.v3.oas.annotations.media.Schema(description = "Only with REQUEST_COMPLETION: the last day to complete (default: in 30 days).")
                LocalDate deadline,
                @io.swagger.v3.oas.annotations.media.Schema(description = "A possible exemplary study: it then gets three reviewers.") Boolean possibleExample) {
    }

    /** The decision form: the study it decides and the completion date it proposes. */
    record Form(Study study, LocalDate defaultDeadline) {
    }

    private final SubmissionManagement submissions;
    private final TaskBodies bodies;

    IntakeTask(SubmissionManagement submissions, TaskBodies bodies) {
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
    public Void details(WorkItem task, UserAccount user) {
        return null;
    }

    @Override
    public void complete(WorkItem task, JsonNode json, UserAccount user) {
        Body body = bodies.read(json, Body.class);
        if (body.possibleExample() != null) {
            submissions.markPossibleExample(task.studyId(), body.possibleExample());
        }
        IntakeDecision decision = Enums.parse(IntakeDecision.class, body.decision(), "decision");
        submissions.decideIntake(task.id(), task.studyId(), decision, body.remarks(), body.deadline(), user.id());
    }

    /** decision, remarks, deadline (left out when empty), possibleExample (a check box). */
    @Override
    public JsonNode formBody(MultiValueMap<String, String> form) {
        ObjectNode body = bodies.object();
        TaskBodies.copyText(form, body, "decision", "remarks");
        String deadline = TaskBodies.first(form, "deadline");
        if (deadline != null && !deadline.isBlank()) {
            body.put("deadline", deadline);
        }
        TaskBodies.copyFlags(form, body, "possibleExample");
        return body;
    }

    @Override
    public TaskPage page(WorkItem task, Void details, UserAccount user) {
        return new TaskPage("submission/tasks :: intake", form(submissions.existing(task.studyId())));
    }

    Form form(Study study) {
        return new Form(study, submissions.defaultCompletionDeadline());
    }
}
