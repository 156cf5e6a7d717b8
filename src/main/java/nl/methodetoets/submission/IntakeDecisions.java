package nl.methodetoets.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.Validation;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The intake step and its completion loop: the secretariat's decision and the submitter's completion. */
@Component
class IntakeDecisions {
    private final StatusChanges statuses;
    private final TaskService tasks;
    private final Duration completionTerm;
    private final Duration reminderBefore;
    private final Clock clock;

    IntakeDecisions(StatusChanges statuses, TaskService tasks,
                    @Value("${methodetoets.submission.completion-deadline}") Duration completionTerm,
                    @Value("${methodetoets.submission.completion-reminder-before}") Duration reminderBefore, Clock clock) {
        this.statuses = statuses;
        this.tasks = tasks;
        this.completionTerm = completionTerm;
        this.reminderBefore = reminderBefore;
        this.clock = clock;
    }

    void decide(String taskId, String studyId, IntakeDecision decision, String remarks, LocalDate deadline, String actor) {
        new Validation().text(remarks, "remarks", InputLimits.REMARKS).throwIfInvalid();
        Map<String, Object> variables = new HashMap<>();
        variables.put(StudyReviewProcess.INTAKE_DECISION, decision.name());
        switch (decision) {
            case ACCEPT -> statuses.change(studyId, TimelineKind.ACCEPTED, actor, trimmed(remarks), List.of());
            case REJECT -> {
                if (blank(remarks)) {
                    throw new InvalidInputException("remarks", "intake.rejectReasonRequired");
                }
                statuses.change(studyId, TimelineKind.REJECTED, actor, trimmed(remarks), List.of());
            }
            case REQUEST_COMPLETION -> {
                CompletionDeadline due = completionDue(remarks, deadline);
                statuses.change(studyId, TimelineKind.COMPLETION_REQUESTED, actor, trimmed(remarks), List.of(due.day().toString()));
                variables.put(StudyReviewProcess.COMPLETION_DEADLINE, Date.from(due.due().toInstant()));
                variables.put(StudyReviewProcess.COMPLETION_REMINDER_AT, Date.from(due.reminderAt().toInstant()));
            }
        }
        tasks.complete(taskId, variables);
    }

    LocalDate defaultDeadline() {
        return CompletionDeadline.defaultDay(OffsetDateTime.now(clock), completionTerm);
    }

    /** The submitter confirms the completion; a new report version must have arrived since the request. */
    void complete(String taskId, Study study, String remarks, String actor) {
        new Validation().text(remarks, "remarks", InputLimits.REMARKS).throwIfInvalid();
        OffsetDateTime intakeOpened = study.timeline().stream()
                .filter(e -> e.kind() == TimelineKind.INTAKE_OPENED).map(TimelineEntry::at)
                .reduce((first, last) -> last).orElse(study.submittedAt());
        if (study.report() == null || !study.report().uploadedAt().isAfter(intakeOpened)) {
            throw new InvalidInputException("report", "completion.newVersionRequired");
        }
        statuses.change(study.id(), TimelineKind.COMPLETED, actor, trimmed(remarks), List.of());
        tasks.complete(taskId);
    }

    /** Remarks and a valid deadline, both checked so the form shows every problem at once. */
    private CompletionDeadline completionDue(String remarks, LocalDate deadline) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (blank(remarks)) {
            errors.add(new InvalidInputException.FieldError("remarks", "intake.completionRemarksRequired"));
        }
        try {
            CompletionDeadline due = CompletionDeadline.of(deadline, OffsetDateTime.now(clock), completionTerm, reminderBefore);
            if (errors.isEmpty()) {
                return due;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }

    /** What the user typed, or null when they typed nothing. */
    private static String trimmed(String s) {
        return blank(s) ? null : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
