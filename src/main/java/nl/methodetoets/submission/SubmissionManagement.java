package nl.methodetoets.submission;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.methodetoets.common.ConflictException;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submission module's API: submitting a study with its report, intake decisions, completion, withdrawal,
 * and what each person may see of a study. Every change lands in the study's timeline.
 */
@Service
@Transactional
public class SubmissionManagement {
    private final StudyStore store;
    private final ReportStorage storage;
    private final ReportInspector inspector;
    private final StudyMetadataValidator validator;
    private final ReviewFacts reviewFacts;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Duration completionDeadline;
    private final Duration completionReminderBefore;

    SubmissionManagement(StudyStore store, ReportStorage storage, ReportInspector inspector,
                         StudyMetadataValidator validator, ReviewFacts reviewFacts, RuntimeService runtime,
                         TaskService tasks, ApplicationEventPublisher events,
                         @Value("${methodetoets.submission.completion-deadline}") Duration completionDeadline,
                         @Value("${methodetoets.submission.completion-reminder-before}") Duration reminderBefore) {
        this.store = store;
        this.storage = storage;
        this.inspector = inspector;
        this.validator = validator;
        this.reviewFacts = reviewFacts;
        this.runtime = runtime;
        this.tasks = tasks;
        this.events = events;
        this.completionDeadline = completionDeadline;
        this.completionReminderBefore = reminderBefore;
    }

    /** Stores the study and its first report version and starts its review process, all or nothing. */
    public Study submit(StudyMetadata metadata, InputStream report, UserAccount submitter) {
        if (!submitter.has(Role.SECRETARIAT)
                && !(submitter.has(Role.SUBMITTER) && submitter.organisation().equals(metadata.organisation()))) {
            throw new ForbiddenException("study.submitOwnOrganisation");
        }
        validator.validate(metadata);
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = now();
        store.insert(id, metadata, submitter.id(), now);
        saveReport(id, report, submitter.id());
        store.addEvent(id, StudyStatus.SUBMITTED, now, null);
        runtime.startProcessInstanceByKey(StudyReviewProcess.KEY, id, Map.of(
                StudyReviewProcess.STUDY_ID, id,
                StudyReviewProcess.SUBMITTER, submitter.id()));
        events.publishEvent(new StudyStatusChanged(id, StudyStatus.SUBMITTED, null));
        return existing(id);
    }

    @Transactional(readOnly = true)
    public Study study(String id, UserAccount viewer) {
        Study study = existing(id);
        if (!mayView(study, viewer)) {
            throw new NotFoundException("study.notFound", id);
        }
        return study;
    }

    @Transactional(readOnly = true)
    public List<Study> studies(Integer year, StudyStatus status, UserAccount viewer) {
        if (viewer.has(Role.ADMIN) || viewer.has(Role.SECRETARIAT) || viewer.has(Role.CHAIR)) {
            return store.list(year, status, null, null);
        }
        if (viewer.has(Role.SUBMITTER)) {
            return store.list(year, status, viewer.organisation(), null);
        }
        if (viewer.has(Role.REVIEWER)) {
            return store.list(year, status, null, reviewFacts.studiesOfReviewer(viewer.id()));
        }
        return List.of();
    }

    @Transactional(readOnly = true)
    public Path latestReport(String id, UserAccount viewer) {
        study(id, viewer);
        return storage.file(store.latestReportKey(id).orElseThrow(() -> new NotFoundException("study.notFound", id)));
    }

    /** A new report version, accepted only while the secretariat waits for a completion. */
    public Study addReportVersion(String id, InputStream report, UserAccount uploader) {
        Study study = study(id, uploader);
        requireSubmitterOf(study, uploader);
        StudyStatus status = store.lockStatus(id).orElseThrow();
        if (status != StudyStatus.AWAITING_COMPLETION) {
            throw new ConflictException("study.notAwaitingCompletion");
        }
        int version = saveReport(id, report, uploader.id());
        store.addEvent(id, StudyStatus.AWAITING_COMPLETION, now(), "Nieuwe versie van het rapport (versie " + version + ")");
        return existing(id);
    }

    public Study withdraw(String id, UserAccount who) {
        Study study = study(id, who);
        requireSubmitterOf(study, who);
        StudyStatus status = store.lockStatus(id).orElseThrow();
        if (!status.withdrawable()) {
            throw new ConflictException("study.notWithdrawable", status);
        }
        changeStatus(id, StudyStatus.WITHDRAWN, "Ingetrokken door de indiener");
        runtime.createMessageCorrelation(StudyReviewProcess.MESSAGE_WITHDRAW).processInstanceBusinessKey(id).correlate();
        return existing(id);
    }

    public void decideIntake(String taskId, String studyId, IntakeDecision decision, String remarks) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(StudyReviewProcess.INTAKE_DECISION, decision.name());
        switch (decision) {
            case ACCEPT -> changeStatus(studyId, StudyStatus.IN_REVIEW,
                    remarks == null || remarks.isBlank() ? "Geaccepteerd bij de intake" : remarks);
            case REJECT -> {
                if (remarks == null || remarks.isBlank()) {
                    throw new InvalidInputException("remarks", "intake.rejectReasonRequired");
                }
                changeStatus(studyId, StudyStatus.REJECTED, remarks);
            }
            case REQUEST_COMPLETION -> {
                if (remarks == null || remarks.isBlank()) {
                    throw new InvalidInputException("remarks", "intake.completionRemarksRequired");
                }
                OffsetDateTime deadline = now().plus(completionDeadline).truncatedTo(ChronoUnit.SECONDS);
                changeStatus(studyId, StudyStatus.AWAITING_COMPLETION,
                        remarks + " (uiterlijk " + deadline.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalDate() + ")");
                variables.put(StudyReviewProcess.COMPLETION_DEADLINE, Date.from(deadline.toInstant()));
                variables.put(StudyReviewProcess.COMPLETION_REMINDER_AT,
                        Date.from(deadline.minus(completionReminderBefore).toInstant()));
            }
        }
        tasks.complete(taskId, variables);
    }

    /** The secretariat marks a study as a possible example at intake: it then gets three reviewers. */
    public void markPossibleExample(String studyId, boolean possibleExample) {
        existing(studyId);
        store.markPossibleExample(studyId, possibleExample);
    }

    /** The submitter confirms the completion; a new report version must have arrived since the request. */
    public void completeSubmission(String taskId, String studyId, String remarks) {
        Study study = existing(studyId);
        OffsetDateTime intakeOpened = study.timeline().stream()
                .filter(e -> e.status() == StudyStatus.IN_INTAKE).map(TimelineEntry::at)
                .reduce((first, last) -> last).orElse(study.submittedAt());
        if (study.report() == null || !study.report().uploadedAt().isAfter(intakeOpened)) {
            throw new InvalidInputException("report", "completion.newVersionRequired");
        }
        store.addEvent(studyId, StudyStatus.AWAITING_COMPLETION, now(),
                "Aangevuld" + (remarks == null || remarks.isBlank() ? "" : ": " + remarks));
        tasks.complete(taskId);
    }

    /** Called from the process when the completion deadline passed without a completion. */
    public void withdrawAfterDeadline(String studyId) {
        changeStatus(studyId, StudyStatus.WITHDRAWN, "Ingetrokken: de termijn voor aanvullen is verstreken");
    }

    /** The process asks for a reminder to the submitter a week before the completion deadline. */
    public void remindCompletion(String studyId) {
        events.publishEvent(new CompletionReminderDue(studyId));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<StudyAssessment> assessment(String studyId) {
        return reviewFacts.assessment(studyId);
    }

    /** Moves a study on and records it in the timeline; other modules call this for their steps. */
    public void changeStatus(String studyId, StudyStatus status, String note) {
        store.lockStatus(studyId).orElseThrow(() -> new NotFoundException("study.notFound", studyId));
        store.updateStatus(studyId, status);
        store.addEvent(studyId, status, now(), note);
        events.publishEvent(new StudyStatusChanged(studyId, status, note));
    }

    /** A study without access checks, for process steps and other modules acting for the system. */
    @Transactional(readOnly = true)
    public Study existing(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("study.notFound", id));
    }

    /** Study titles by id, in one query; unknown ids are absent. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> titles(java.util.Collection<String> ids) {
        return store.titles(ids);
    }

    @Transactional(readOnly = true)
    public List<Study> studiesOfYear(int year, Set<StudyStatus> statuses) {
        return store.list(year, null, null, null).stream().filter(s -> statuses.contains(s.status())).toList();
    }

    /** The latest year before {@code year} with studies in one of the given statuses. */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> latestYearWithStudiesBefore(int year, Set<StudyStatus> statuses) {
        return store.latestYearBefore(year, statuses);
    }

    public boolean mayView(Study study, UserAccount viewer) {
        return viewer.has(Role.ADMIN) || viewer.has(Role.SECRETARIAT) || viewer.has(Role.CHAIR)
                || (viewer.has(Role.SUBMITTER) && study.organisation().equals(viewer.organisation()))
                || (viewer.has(Role.REVIEWER) && reviewFacts.isReviewerOf(study.id(), viewer.id()));
    }

    private void requireSubmitterOf(Study study, UserAccount who) {
        boolean ownOrganisation = who.has(Role.SUBMITTER) && study.organisation().equals(who.organisation());
        if (!ownOrganisation && !who.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("study.submitterOnly");
        }
    }

    private int saveReport(String studyId, InputStream report, String uploadedBy) {
        if (report == null) {
            throw new InvalidInputException("report", "report.missing");
        }
        ReportStorage.Received received = storage.receive(report);
        try {
            ReportInspector.Inspection inspection = inspector.inspect(received.file(), received.bytes());
            int version = store.nextReportVersion(studyId);
            String key = storage.store(received, studyId, version);
            store.insertReport(studyId, new ReportInfo(version, received.sha256(), inspection.pages(), received.bytes(),
                    inspection.title(), now()), key, uploadedBy);
            return version;
        } finally {
            storage.discard(received.file());
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now();
    }
}
