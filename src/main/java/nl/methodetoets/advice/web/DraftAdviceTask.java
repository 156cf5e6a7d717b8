package nl.methodetoets.advice.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.advice.AdviceRound;
import nl.methodetoets.advice.AnnualAdviceProcess;
import nl.methodetoets.advice.RoundStatistics;
import nl.methodetoets.advice.RoundStudy;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskHandler;
import nl.methodetoets.web.TaskPage;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** DRAFT_ADVICE: the secretariat writes the year's conclusions and recommendations; completing renders a draft. */
@Component
class DraftAdviceTask implements TaskHandler<AdviceTaskDetails> {
    static final TaskType TYPE = TaskType.ofYear("DRAFT_ADVICE", AnnualAdviceProcess.TASK_DRAFT_ADVICE);

    @io.swagger.v3.oas.annotations.media.Schema(description = "Completes a DRAFT_ADVICE task: the advice's texts; a draft PDF is rendered for the chair.",
            requiredProperties = "conclusions")
    record Body(@io.swagger.v3.oas.annotations.media.Schema(description = "The advice's conclusions.") String conclusions,
                @io.swagger.v3.oas.annotations.media.Schema(description = "The advice's recommendations.") String recommendations) {
    }

    /** What the form shows beside the text boxes: the round's figures and its studies. */
    record Form(AdviceRound round, RoundStatistics statistics, List<RoundStudy> studies, Map<String, String> organisationNames) {
    }

    private final AdviceManagement advice;
    private final TaskBodies bodies;
    private final Identity identity;

    DraftAdviceTask(AdviceManagement advice, TaskBodies bodies, Identity identity) {
        this.advice = advice;
        this.bodies = bodies;
        this.identity = identity;
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
        advice.saveDraft(task.id(), task.year(), body.conclusions(), body.recommendations());
    }

    @Override
    public JsonNode formBody(MultiValueMap<String, String> form) {
        ObjectNode body = bodies.object();
        TaskBodies.copyText(form, body, "conclusions", "recommendations");
        return body;
    }

    @Override
    public TaskPage page(WorkItem task, AdviceTaskDetails details, UserAccount user) {
        int year = details.round().year();
        return new TaskPage("advice/tasks :: draftAdvice", new Form(details.round(), advice.statistics(year),
                advice.studies(year), identity.organisationNames()));
    }
}
