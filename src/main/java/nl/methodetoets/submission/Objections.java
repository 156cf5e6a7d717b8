package nl.methodetoets.submission;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.methodetoets.common.ConflictException;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.common.Validation;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections against a verdict (DOMAIN.md "Objection"), the submission module's part: the submitting organisation's
 * SUBMITTER files one for an ASSESSED study within the objection period and before the year's advice is approved;
 * the study goes IN_OBJECTION and the process {@code objection-review} starts. The review module reports the
 * secretariat's admissibility and the chair's decision back here, which returns the study to ASSESSED. Every step
 * lands in the study's timeline.
 */
@Service
@Transactional
public class Objections {
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private final ObjectionStore store;
    private final StudyStore studies;
    private final SubmissionManagement submissions;
    private final StatusChanges statuses;
    private final AdviceFacts advice;
    private final ReviewFacts reviewFacts;
    private final ReportStorage storage;
    private final RuntimeService runtime;
    private final Clock clock;
    private final Period period;

    Objections(ObjectionStore store, StudyStore studies, SubmissionManagement submissions, StatusChanges statuses,
               AdviceFacts advice, ReviewFacts reviewFacts, ReportStorage storage, RuntimeService runtime, Clock clock,
               @Value("${methodetoets.objection.period:P6W}") Period period) {
        this.store = store;
        this.studies = studies;
        this.submissions = submissions;
        this.statuses = statuses;
        this.advice = advice;
        this.reviewFacts = reviewFacts;
        this.storage = storage;
        this.runtime = runtime;
        this.clock = clock;
        this.period = period;
    }

    /**
     * Refuses, before an attachment is read, a study the user may not see (404) and a user who is not its
     * organisation's SUBMITTER (403: the secretariat does not object on a submitter's behalf).
     */
    @Transactional(readOnly = true)
    public Study checkFiling(String studyId, UserAccount who) {
        Study study = submissions.study(studyId, who);
        if (!(who.has(Role.SUBMITTER) && study.organisation().equals(who.organisation()))) {
            throw new ForbiddenException("objection.submitterOnly");
        }
        return study;
    }

    /**
     * Files an objection with its grounds and optional attachment (received with {@link StudyReports#receive}):
     * 422 without grounds or when the period ended or the year's advice is approved; 409 when one is open already or
     * the study has no verdict yet.
     */
    public Objection file(String studyId, String grounds, ReceivedReport attachment, UserAccount who) {
        Study study = checkFiling(studyId, who);
        new Validation().notBlank(grounds, "grounds").text(grounds, "grounds", InputLimits.OBJECTION_GROUNDS).throwIfInvalid();
        StudyStatus status = studies.lockStatus(studyId).orElseThrow(() -> new NotFoundException("study.notFound", studyId));
        String year = String.valueOf(study.year());
        switch (status) {
            case IN_OBJECTION -> throw new ConflictException("objection.alreadyOpen");
            case PUBLISHED -> throw new InvalidInputException("study", "objection.adviceApproved", year);
            case ASSESSED -> { }
            default -> throw new ConflictException("objection.notAssessed");
        }
        LocalDate lastDay = lastDay(study);
        if (LocalDate.now(clock.withZone(DUTCH_TIME)).isAfter(lastDay)) {
            throw new InvalidInputException("study", "objection.periodEnded", lastDay.toString());
        }
        if (advice.approvedLocking(study.year())) {
            throw new InvalidInputException("study", "objection.adviceApproved", year);
        }
        StudyAssessment contested = submissions.assessment(studyId).orElseThrow(() -> new ConflictException("objection.notAssessed"));
        String id = UUID.randomUUID().toString();
        store.insert(id, studyId, grounds, who.id(), OffsetDateTime.now(clock), contested.verdict(), contested.exemplary());
        if (attachment != null) {
            String key = storage.storeObjectionAttachment(attachment.received(), studyId, id);
            store.attach(id, key, attachment.sha256(), attachment.bytes(), attachment.pages());
        }
        statuses.change(studyId, TimelineKind.OBJECTION_RAISED, who.id());
        runtime.createMessageCorrelation(ObjectionReviewProcess.MESSAGE_OBJECTION_FILED).processInstanceBusinessKey(studyId)
                .setVariables(Map.of(ObjectionReviewProcess.STUDY_ID, studyId, ObjectionReviewProcess.OBJECTION_ID, id,
                        ObjectionReviewProcess.SUBMITTER, who.id()))
                .correlateStartMessage();
        return store.find(studyId, id).orElseThrow();
    }

    /**
     * The last day (Dutch time) to object: the objection period counted from the chair's verdict (the first
     * ASSESSED entry of the timeline).
     */
    @Transactional(readOnly = true)
    public LocalDate lastDay(Study study) {
        OffsetDateTime verdict = study.timeline().stream().filter(e -> e.kind() == TimelineKind.ASSESSED)
                .map(TimelineEntry::at).findFirst().orElseGet(() -> OffsetDateTime.now(clock));
        return verdict.atZoneSameInstant(DUTCH_TIME).toLocalDate().plus(period);
    }

    /** Whether the study page offers the objection form: to its organisation's SUBMITTER, while it may be filed. */
    @Transactional(readOnly = true)
    public boolean mayFile(Study study, UserAccount who) {
        return who.has(Role.SUBMITTER) && study.organisation().equals(who.organisation())
                && study.status() == StudyStatus.ASSESSED
                && !LocalDate.now(clock.withZone(DUTCH_TIME)).isAfter(lastDay(study));
    }

    /**
     * The study's objections, oldest first, for its organisation's submitters and the commission's office (chair,
     * secretariat, admin); reviewers read the grounds in their task only (403), others get 404 as for the study.
     */
    @Transactional(readOnly = true)
    public List<Objection> objections(String studyId, UserAccount viewer) {
        Study study = submissions.study(studyId, viewer);
        if (!maySeeObjections(study, viewer)) {
            throw new ForbiddenException("objection.notYours");
        }
        return store.ofStudy(studyId);
    }

    /** Whether the viewer reads the study's objections (see {@link #objections}). */
    public boolean maySeeObjections(Study study, UserAccount viewer) {
        return submissions.seesAllStudies(viewer) || (viewer.has(Role.SUBMITTER) && study.organisation().equals(viewer.organisation()));
    }

    /** An objection's attached PDF, also for the member who re-reviews it; 404 when it has none. */
    @Transactional(readOnly = true)
    public Path attachment(String studyId, String objectionId, UserAccount viewer) {
        Study study = submissions.study(studyId, viewer);
        if (!maySeeObjections(study, viewer) && !reviewFacts.reviewsObjection(studyId, viewer.id())) {
            throw new ForbiddenException("objection.notYours");
        }
        Objection objection = store.find(studyId, objectionId).orElseThrow(() -> new NotFoundException("objection.notFound"));
        return storage.file(store.attachmentKey(objection.id()).orElseThrow(() -> new NotFoundException("objection.noAttachment")));
    }

    /** The study's open objection, for the process steps (no access check); 409 when there is none. */
    @Transactional(readOnly = true)
    public Objection open(String studyId) {
        return openObjection(studyId).orElseThrow(() -> new ConflictException("objection.noneOpen"));
    }

    @Transactional(readOnly = true)
    public Optional<Objection> openObjection(String studyId) {
        return store.ofStudy(studyId).stream().filter(Objection::open).findFirst();
    }

    /**
     * The secretariat's judgement ({@code actor}): an admissible objection goes on to its re-review; an inadmissible
     * one ends here, the study is ASSESSED again with its verdict, and the remarks go to the submitter.
     */
    public void judgeAdmissibility(String studyId, boolean admissible, String remarks, String actor) {
        Objection objection = open(studyId);
        if (objection.status() != ObjectionStatus.FILED) {
            throw new ConflictException("objection.alreadyJudged");
        }
        if (admissible) {
            store.admissible(objection.id(), remarks);
            statuses.change(studyId, TimelineKind.OBJECTION_ADMISSIBLE, actor);
        } else {
            store.inadmissible(objection.id(), remarks, actor, OffsetDateTime.now(clock));
            statuses.change(studyId, TimelineKind.OBJECTION_INADMISSIBLE, actor, remarks, List.of());
        }
    }

    /**
     * The chair's decision ({@code actor}): upheld with the new verdict and exemplary flag, or rejected (the verdict
     * stands); the study is ASSESSED again and the submitter is told. Checking the decision is the review's business.
     */
    public void decide(String studyId, boolean upheld, Integer verdict, Boolean exemplary, String motivation, String actor) {
        Objection objection = open(studyId);
        if (objection.status() != ObjectionStatus.ADMISSIBLE) {
            throw new ConflictException("objection.notAdmissible");
        }
        store.decided(objection.id(), upheld, verdict, exemplary, motivation, actor, OffsetDateTime.now(clock));
        statuses.change(studyId, upheld ? TimelineKind.OBJECTION_UPHELD : TimelineKind.OBJECTION_REJECTED, actor);
    }
}
