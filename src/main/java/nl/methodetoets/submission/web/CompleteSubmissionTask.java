package nl.methodetoets.submission.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyReports;
import nl.methodetoets.submission.StudyReviewProcess;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskHandler;
import nl.methodetoets.web.TaskPage;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** COMPLETE_SUBMISSION: the submitter uploads a new report version and confirms. The API shows no details. */
@Component
class CompleteSubmissionTask implements TaskHandler<Void> {
    static final TaskType TYPE = TaskType.ofStudy("COMPLETE_SUBMISSION", StudyReviewProcess.TASK_COMPLETE_SUBMISSION);

    @io.swagger.v3.oas.annotations.media.Schema(description = "Completes a COMPLETE_SUBMISSION task, after a new report version was uploaded "
            + "(`POST /api/studies/{id}/report`).")
    record Body(@io.swagger.v3.oas.annotations.media.Schema(description = "What was completed, for the secretariat.") String remarks) {
    }

    /** The completion form: what was asked, the study's latest report and the upload limit. */
    record Form(Study study, String requestRemarks, long maxBytes, BigDecimal maxMegabytes) {
    }

    private final SubmissionManagement submissions;
    private final StudyReports reports;
    private final TaskBodies bodies;

    CompleteSubmissionTask(SubmissionManagement submissions, StudyReports reports, TaskBodies bodies) {
        this.submissions = submissions;
        this.reports = reports;
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
        submissions.completeSubmission(task.id(), task.studyId(), bodies.read(json, Body.class).remarks(), user.id());
    }

    @Override
    public JsonNode formBody(MultiValueMap<String, String> form) {
        ObjectNode body = bodies.object();
        TaskBodies.copyText(form, body, "remarks");
        return body;
    }

    @Override
    public TaskPage page(WorkItem task, Void details, UserAccount user) {
        return new TaskPage("submission/tasks :: completion", new Form(submissions.existing(task.studyId()),
                submissions.completionRequestRemarks(task.studyId()), reports.maxBytes(), reports.maxMegabytes()));
    }
}
