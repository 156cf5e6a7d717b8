package nl.methodetoets.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review module's API: the instrument, proposing and assigning reviewers, blind scoring, consolidation with
 * consensus, and the chair's verdict. Independent scores are written once and never overwritten; methods that
 * complete a task do the domain change and the completion in one transaction.
 */
@Service
@Transactional
public class ReviewManagement {
    private final RubricCatalog rubrics;
    private final ReviewerAssignments assignments;
    private final Scoring scoring;
    private final Verdicts verdicts;
    private final ReviewStore store;
    private final ApplicationEventPublisher events;

    ReviewManagement(RubricCatalog rubrics, ReviewerAssignments assignments, Scoring scoring, Verdicts verdicts,
                     ReviewStore store, ApplicationEventPublisher events) {
        this.rubrics = rubrics;
        this.assignments = assignments;
        this.scoring = scoring;
        this.verdicts = verdicts;
        this.store = store;
        this.events = events;
    }

    /** The version of the instrument new assignments are scored with. */
    @Transactional(readOnly = true)
    public Rubric currentRubric() {
        return rubrics.current();
    }

    @Transactional(readOnly = true)
    public Rubric rubric(String version) {
        return rubrics.version(version);
    }

    @Transactional(readOnly = true)
    public List<String> rubricVersions() {
        return rubrics.versions();
    }

    /** Adds a rubric version (ADMIN); it becomes current, and scores given earlier keep their own version. */
    public Rubric addRubric(Rubric rubric) {
        return rubrics.addValidated(rubric);
    }

    /** The rubric a study is (or will be) scored with: its assignment's version, else the current one. */
    @Transactional(readOnly = true)
    public Rubric rubricOf(String studyId) {
        return verdicts.rubricOf(studyId);
    }

    @Transactional(readOnly = true)
    public ReviewerProposal propose(String studyId) {
        return assignments.propose(studyId);
    }

    public void assignReviewers(String taskId, String studyId, List<String> reviewers) {
        assignments.assign(taskId, studyId, reviewers);
    }

    public void assignReplacement(String taskId, String studyId, List<String> reviewers) {
        assignments.replace(taskId, studyId, reviewers);
    }

    @Transactional(readOnly = true)
    public List<Workload> workload() {
        return assignments.workload();
    }

    public void submitScores(String taskId, String studyId, ScoreSheet sheet) {
        scoring.submit(taskId, studyId, sheet);
    }

    public void saveDraft(String studyId, ScoreSheet sheet) {
        scoring.saveDraft(studyId, sheet);
    }

    /** The reviewer's own saved draft; never anyone else's. */
    @Transactional(readOnly = true)
    public Optional<ScoreSheet> draft(String studyId, String reviewerId) {
        return scoring.draft(studyId, reviewerId);
    }

    @Transactional(readOnly = true)
    public Rubric rubricForReviewer(String studyId, String reviewerId) {
        return scoring.rubricFor(studyId, reviewerId);
    }

    public void declareConflict(String taskId, String studyId, String reviewerId, String reason) {
        scoring.declareConflict(taskId, studyId, reviewerId, reason);
    }

    /** The reviewer's own sent reviews, oldest first ("Mijn beoordelingen"); never anyone else's. */
    @Transactional(readOnly = true)
    public List<SubmittedReview> ownReviews(String reviewerId) {
        return store.submittedReviews(null, reviewerId);
    }

    /** The reviewer's own sent review of a study, if they sent one. */
    @Transactional(readOnly = true)
    public Optional<SubmittedReview> ownReview(String studyId, String reviewerId) {
        return store.submittedReviews(studyId, reviewerId).stream().findFirst();
    }

    /**
     * Every sent review of a study with comments, pages and summary, in the order they were sent: for the chair's
     * consensus and verdict (never for other reviewers).
     */
    @Transactional(readOnly = true)
    public List<SubmittedReview> submittedReviews(String studyId) {
        return store.submittedReviews(studyId, null);
    }

    /** Applies the consolidation rules; returns whether a consensus meeting is required. */
    public boolean consolidate(String studyId) {
        return verdicts.consolidate(studyId);
    }

    /**
     * Independent scores per reviewer, for the chair and the statistics (never for other reviewers). An objection's
     * re-review is not one of them: it is no random second rating, so agreement, calibration and the export leave it out.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Integer>> independentScores(String studyId) {
        return store.independentScores(studyId);
    }

    /** The consolidated scores (by rule or consensus) of a study; empty before consolidation. */
    @Transactional(readOnly = true)
    public Map<String, Integer> consolidatedScores(String studyId) {
        return store.consolidated(studyId);
    }

    @Transactional(readOnly = true)
    public List<String> consensusReasons(String studyId) {
        return verdicts.consensusReasons(studyId);
    }

    public void recordConsensus(String taskId, String studyId, Map<String, Integer> scores, String rationale, String chair) {
        verdicts.recordConsensus(taskId, studyId, scores, rationale, chair);
    }

    /**
     * The proposal computed when the scores were consolidated; reading it evaluates nothing. (Not read-only only for
     * a study consolidated before proposals were stored: its proposal is computed and stored once.)
     */
    public VerdictProposal verdictProposal(String studyId) {
        return verdicts.proposal(studyId);
    }

    /** The chair fixes verdict and exemplary flag; departing from the decision tables needs a motivation. */
    public void decideVerdict(String taskId, String studyId, Integer verdict, Boolean exemplary, String motivation,
                              UserAccount chair) {
        if (!chair.has(Role.CHAIR)) {
            throw new ForbiddenException("error.forbidden");
        }
        verdicts.decide(taskId, studyId, verdict, exemplary, motivation, chair);
    }

    /** Marks the round's exemplary designations provisional (or not), when the advice is published. */
    public void markProvisional(String studyId, boolean provisional) {
        store.setProvisional(studyId, provisional);
    }

    public void remindReviewer(String studyId, String reviewerId) {
        events.publishEvent(new ReviewerReminderDue(studyId, reviewerId, false));
    }

    public void escalateOverdue(String studyId, String reviewerId) {
        events.publishEvent(new ReviewerReminderDue(studyId, reviewerId, true));
    }
}
