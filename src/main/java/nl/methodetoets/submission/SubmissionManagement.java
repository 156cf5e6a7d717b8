package nl.methodetoets.submission;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submission module's API: submitting a study with its report, searching studies, intake decisions,
 * completion, withdrawal, and what each person may see of a study. Every change lands in the study's timeline.
 * Web uploads are received first with {@link StudyReports#receive} (outside any transaction); the
 * {@code InputStream} variants receive inside the caller's transaction, for callers such as the demo data.
 */
@Service
@Transactional
public class SubmissionManagement {
    private final StudyStore store;
    private final ReportStorage storage;
    private final ReportReception reception;
    private final ReportArchive archive;
    private final StudyMetadataValidator validator;
    private final StatusChanges statuses;
    private final IntakeDecisions intake;
    private final ReviewFacts reviewFacts;
    private final ObjectionStore objections;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubmissionManagement(StudyStore store, ReportStorage storage, ReportReception reception, ReportArchive archive,
                         StudyMetadataValidator validator, StatusChanges statuses, IntakeDecisions intake,
                         ReviewFacts reviewFacts, ObjectionStore objections, RuntimeService runtime,
                         ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.storage = storage;
        this.reception = reception;
        this.archive = archive;
        this.validator = validator;
        this.statuses = statuses;
        this.intake = intake;
        this.reviewFacts = reviewFacts;
        this.objections = objections;
        this.runtime = runtime;
        this.events = events;
        this.clock = clock;
    }

    /** Receives the report, then stores the study with it and starts its review process, all or nothing. */
    public Study submit(StudyMetadata metadata, InputStream report, UserAccount submitter) {
        checkSubmission(metadata, submitter);
        try (ReceivedReport received = reception.receive(report)) {
            return submit(metadata, received, submitter);
        }
    }

    /** Refuses a submission by someone who may not submit for the organisation (403) or with invalid metadata (422). */
    @Transactional(readOnly = true)
    public void checkSubmission(StudyMetadata metadata, UserAccount submitter) {
        if (!submitter.has(Role.SECRETARIAT)
                && !(submitter.has(Role.SUBMITTER) && submitter.organisation().equals(metadata.organisation()))) {
            throw new ForbiddenException("study.submitOwnOrganisation");
        }
        validator.validate(metadata);
    }

    /**
     * Stores the study and its first report version (received with {@link StudyReports#receive}) and starts its
     * review process, all or nothing.
     */
    public Study submit(StudyMetadata metadata, ReceivedReport report, UserAccount submitter) {
        checkSubmission(metadata, submitter);
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = now();
        store.insert(id, metadata, submitter.id(), now);
        archive.save(id, report, submitter.id(), now);
        statuses.submitted(id, now, submitter.id());
        runtime.startProcessInstanceByKey(StudyReviewProcess.KEY, id, Map.of(
                StudyReviewProcess.STUDY_ID, id,
                StudyReviewProcess.SUBMITTER, submitter.id()));
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

    /** The studies matching the search that the viewer may see: a SUBMITTER only their organisation's. */
    @Transactional(readOnly = true)
    public List<Study> studies(StudySearch search, UserAccount viewer) {
        if (seesAllStudies(viewer)) {
            return store.list(search, null, null);
        }
        if (viewer.has(Role.SUBMITTER)) {
            return store.list(search, viewer.organisation(), null);
        }
        if (viewer.has(Role.REVIEWER)) {
            return store.list(search, null, reviewFacts.studiesOfReviewer(viewer.id()));
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
        requireSubmitterOf(study(id, uploader), uploader);
        try (ReceivedReport received = reception.receive(report)) {
            return addReportVersion(id, received, uploader);
        }
    }

    /** Refuses an upload by someone who may not see the study (404) or not act for its submitter (403). */
    @Transactional(readOnly = true)
    public void checkReportVersion(String id, UserAccount uploader) {
        requireSubmitterOf(study(id, uploader), uploader);
    }

    /** A received report as the study's next version, accepted only while the secretariat waits for a completion. */
    public Study addReportVersion(String id, ReceivedReport report, UserAccount uploader) {
        Study study = study(id, uploader);
        requireSubmitterOf(study, uploader);
        StudyStatus status = store.lockStatus(id).orElseThrow();
        if (status != StudyStatus.AWAITING_COMPLETION) {
            throw new ConflictException("study.notAwaitingCompletion");
        }
        int version = archive.save(id, report, uploader.id(), now());
        statuses.change(id, TimelineKind.REPORT_VERSION_ADDED, uploader.id(), null, List.of(String.valueOf(version)));
        return existing(id);
    }

    public Study withdraw(String id, UserAccount who) {
        Study study = study(id, who);
        requireSubmitterOf(study, who);
        StudyStatus status = store.lockStatus(id).orElseThrow();
        if (!status.withdrawable()) {
            throw new ConflictException("study.notWithdrawable", status);
        }
        TimelineKind kind = who.has(Role.SUBMITTER) && study.organisation().equals(who.organisation())
                ? TimelineKind.WITHDRAWN_BY_SUBMITTER : TimelineKind.WITHDRAWN_BY_SECRETARIAT;
        statuses.change(id, kind, who.id());
        try {
            runtime.createMessageCorrelation(StudyReviewProcess.MESSAGE_WITHDRAW).processInstanceBusinessKey(id).correlate();
        } catch (MismatchingMessageCorrelationException notYetWaiting) {
            // withdrawn the very moment after submitting: the process has not reached its first wait state yet
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), kind.name()));
        }
        return existing(id);
    }

    /**
     * The submitter's consent to publish the report in the public register (issue 11), given or withdrawn by the
     * submitting organisation's SUBMITTER or the secretariat, in any status; a change is recorded in the timeline, the
     * same value again changes nothing. Withdrawn, the report leaves the register at once. Others who may see the
     * study get a 403, the rest a 404.
     */
    public Study setPublicReport(String id, Boolean publicReport, UserAccount who) {
        Study study = study(id, who);
        requireSubmitterOf(study, who);
        if (publicReport == null) {
            throw new InvalidInputException("publicReport", "validation.required");
        }
        store.lockStatus(id).orElseThrow(() -> new NotFoundException("study.notFound", id));
        if (existing(id).metadata().publicReport() != publicReport) {
            store.publicReport(id, publicReport);
            statuses.note(id, publicReport ? TimelineKind.PUBLIC_REPORT_ALLOWED : TimelineKind.PUBLIC_REPORT_WITHDRAWN,
                    who.id());
        }
        return existing(id);
    }

    /** Whether the user may give or withdraw the consent to publish the study's report: who acts for its submitter. */
    public boolean mayChangePublicReport(Study study, UserAccount who) {
        return actsForSubmitter(study, who);
    }

    /**
     * The report of a PUBLISHED study whose submitter consented to its publication, for the public register; empty
     * for any other study (unknown, not published, no consent), so that the register can answer 404 alike.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ConsentedReport> consentedReport(String id) {
        return store.find(id)
                .filter(study -> study.status() == StudyStatus.PUBLISHED && study.metadata().publicReport()
                        && study.report() != null)
                .flatMap(study -> store.latestReportKey(id)
                        .map(key -> new ConsentedReport(id, storage.file(key), study.report().sha256())));
    }

    /**
     * The secretariat's intake decision, completing the INTAKE task. A completion request needs remarks and is due
     * on {@code deadline} (a future date; null means the configured term); a rejection needs a reason.
     * {@code decidedBy} is the secretariat member, recorded in the study's timeline.
     */
    public void decideIntake(String taskId, String studyId, IntakeDecision decision, String remarks, LocalDate deadline,
                             String decidedBy) {
        intake.decide(taskId, studyId, decision, remarks, deadline, decidedBy);
    }

    /** The completion date the intake form proposes: today plus the configured term. */
    public LocalDate defaultCompletionDeadline() {
        return intake.defaultDeadline();
    }

    /** The secretariat marks a study as a possible example at intake: it then gets three reviewers. */
    public void markPossibleExample(String studyId, boolean possibleExample) {
        existing(studyId);
        store.markPossibleExample(studyId, possibleExample);
    }

    /** The submitter ({@code completedBy}) confirms the completion; a new report version must have arrived since the request. */
    public void completeSubmission(String taskId, String studyId, String remarks, String completedBy) {
        intake.complete(taskId, existing(studyId), remarks, completedBy);
    }

    /** Called from the process when the completion deadline passed without a completion. */
    public void withdrawAfterDeadline(String studyId) {
        statuses.change(studyId, TimelineKind.WITHDRAWN_AFTER_DEADLINE, null);
    }

    /** Called from the process whenever the intake task opens: the first time and after each completion. */
    public void intakeOpened(String studyId) {
        statuses.change(studyId, TimelineKind.INTAKE_OPENED, null);
    }

    /** The process asks for a reminder to the submitter a week before the completion deadline. */
    public void remindCompletion(String studyId) {
        events.publishEvent(new CompletionReminderDue(studyId));
    }

    /**
     * The study's assessment once the chair fixed the verdict, with the verdict as amended by an upheld objection
     * (the original stays in {@code objection.originalVerdict}); for the system and the advice, without access checks.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<StudyAssessment> assessment(String studyId) {
        return reviewFacts.assessment(studyId).map(a -> {
            List<Objection> all = objections.ofStudy(studyId);
            Objection upheld = all.stream().filter(o -> o.status() == ObjectionStatus.UPHELD).reduce((x, y) -> y).orElse(null);
            Objection decided = all.stream().filter(o -> !o.open()).reduce((x, y) -> y).orElse(null);
            return a.after(upheld, decided);
        });
    }

    /**
     * The assessment as {@code viewer} may see it: none for the member who re-reviews an open objection against it,
     * who scores blind to the earlier scores and verdict (DOMAIN.md "Objection").
     */
    @Transactional(readOnly = true)
    public java.util.Optional<StudyAssessment> assessment(String studyId, UserAccount viewer) {
        return reviewFacts.scoresBlind(studyId, viewer.id()) ? java.util.Optional.empty() : assessment(studyId);
    }

    /** A study without access checks, for process steps and other modules acting for the system. */
    @Transactional(readOnly = true)
    public Study existing(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("study.notFound", id));
    }

    /** Studies by id without access checks, in one store query (e.g. the intake queue); unknown ids are absent. */
    @Transactional(readOnly = true)
    public List<Study> studies(java.util.Collection<String> ids) {
        return ids.isEmpty() ? List.of() : store.list(StudySearch.all(), null, ids);
    }

    /**
     * What the secretariat asked to complete, or "": the note of the first timeline entry awaiting completion (the
     * request; later ones record new report versions).
     */
    @Transactional(readOnly = true)
    public String completionRequestRemarks(String studyId) {
        return existing(studyId).timeline().stream()
                .filter(e -> e.status() == StudyStatus.AWAITING_COMPLETION && e.note() != null)
                .map(TimelineEntry::note).reduce((a, b) -> a).orElse("");
    }

    /** Study titles by id, in one query; unknown ids are absent. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> titles(java.util.Collection<String> ids) {
        return store.titles(ids);
    }

    @Transactional(readOnly = true)
    public List<Study> studiesOfYear(int year, Set<StudyStatus> statuses) {
        return store.list(StudySearch.of(year, null), null, null).stream().filter(s -> statuses.contains(s.status())).toList();
    }

    /** The latest year before {@code year} with studies in one of the given statuses. */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> latestYearWithStudiesBefore(int year, Set<StudyStatus> statuses) {
        return store.latestYearBefore(year, statuses);
    }

    /** The commission's office and chair see every study; others see their organisation's or their assigned ones. */
    public boolean seesAllStudies(UserAccount viewer) {
        return viewer.has(Role.ADMIN) || viewer.has(Role.SECRETARIAT) || viewer.has(Role.CHAIR);
    }

    /** A submitter (without a wider role) sees only their own organisation's studies: "Mijn studies". */
    public boolean seesOnlyOwnOrganisation(UserAccount viewer) {
        return viewer.has(Role.SUBMITTER) && !seesAllStudies(viewer);
    }

    public boolean mayView(Study study, UserAccount viewer) {
        return seesAllStudies(viewer)
                || (viewer.has(Role.SUBMITTER) && study.organisation().equals(viewer.organisation()))
                || (viewer.has(Role.REVIEWER) && reviewFacts.isReviewerOf(study.id(), viewer.id()));
    }

    /** Whether the user may withdraw the study now: its submitting organisation or the secretariat, before the verdict. */
    public boolean mayWithdraw(Study study, UserAccount who) {
        return study.status().withdrawable() && actsForSubmitter(study, who);
    }

    private void requireSubmitterOf(Study study, UserAccount who) {
        if (!actsForSubmitter(study, who)) {
            throw new ForbiddenException("study.submitterOnly");
        }
    }

    private static boolean actsForSubmitter(Study study, UserAccount who) {
        return who.has(Role.SECRETARIAT) || (who.has(Role.SUBMITTER) && study.organisation().equals(who.organisation()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
