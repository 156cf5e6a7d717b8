package nl.methodetoets.advice;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.methodetoets.common.ConflictException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A round whose job failed (rendering a PDF, gathering, publishing) is not left to sit in RENDERING: the engine's
 * incident is shown on the round's page in words ({@link #failure(int)}), and the secretariat can run the job again
 * once the cause is fixed ({@link #retry(int)}).
 *
 * <p>Not transactional on purpose: a retry runs the job in the engine's own transaction, and its failure is recorded
 * by the engine in a transaction of its own.
 */
@Service
public class AdviceRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(AdviceRecovery.class);

    private final RuntimeService runtime;
    private final ManagementService management;

    AdviceRecovery(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** The round's failed job as its incident says, or empty while the round's work goes on. */
    public Optional<RenderingFailure> failure(int year) {
        return round(year).flatMap(round -> runtime.createIncidentQuery()
                .processInstanceId(round.getId())
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .list().stream()
                .max(Comparator.comparing(Incident::getIncidentTimestamp))
                .map(incident -> new RenderingFailure(stage(incident.getActivityId()),
                        AdviceRenderingException.Reason.ofMessage(incident.getIncidentMessage()),
                        incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant(), incident.getId())));
    }

    /**
     * Gives the round's failed jobs their retry back and runs them now. {@code true} when they ran through; {@code false}
     * when one failed again (the engine raised a new incident, which {@link #failure(int)} shows) or the job executor
     * took it first (it runs in a moment). 409 when nothing failed.
     */
    public boolean retry(int year) {
        ProcessInstance round = round(year).orElseThrow(() -> new ConflictException("advice.retry.nothingFailed"));
        List<Job> failed = management.createJobQuery().processInstanceId(round.getId()).noRetriesLeft().list();
        if (failed.isEmpty()) {
            throw new ConflictException("advice.retry.nothingFailed");
        }
        boolean ranThrough = true;
        for (Job job : failed) {
            management.setJobRetries(job.getId(), 1); // resolves the incident
            try {
                management.executeJob(job.getId());
            } catch (OptimisticLockingException e) {
                LOG.info("Retry of job {} of the advice round {}: the job executor runs it", job.getId(), year);
                ranThrough = false;
            } catch (RuntimeException e) {
                LOG.warn("Retry of job {} of the advice round {} failed again: {}", job.getId(), year, e.getMessage());
                ranThrough = false;
            }
        }
        return ranThrough;
    }

    private Optional<ProcessInstance> round(int year) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AnnualAdviceProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(year)).active().list().stream().findFirst();
    }

    private static String stage(String activityId) {
        if (activityId == null) {
            return "OTHER";
        }
        return switch (activityId) {
            case "Task_RenderDraft" -> "DRAFT";
            case "Task_RenderFinal", "Task_PublishAdvice" -> "FINAL";
            case "StartEvent_AdviceRoundStarted", "Task_GatherStudies" -> "GATHER";
            default -> "OTHER";
        };
    }
}
