package nl.methodetoets.review;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.Validation;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyReviewProcess;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.SubmissionManagement;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review module's API: proposing and assigning reviewers, blind scoring, consolidation with consensus,
 * and the chair's verdict. Independent scores are written once and never overwritten.
 */
@Service
@Transactional
public class ReviewManagement {
    private final ReviewStore store;
    private final RubricCatalog rubrics;
    private final DecisionRules rules;
    private final ConflictRules conflicts;
    private final Identity identity;
    private final SubmissionManagement submissions;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final int reviewersPerStudy;
    private final Duration scoreDue;
    private final Duration reminderBefore;

    ReviewManagement(ReviewStore store, RubricCatalog rubrics, DecisionRules rules, ConflictRules conflicts,
                     Identity identity, SubmissionManagement submissions, TaskService tasks,
                     ApplicationEventPublisher events,
                     @Value("${methodetoets.review.reviewers-per-study}") int reviewersPerStudy,
                     @Value("${methodetoets.review.score-due}") Duration scoreDue,
                     @Value("${methodetoets.review.score-reminder-before}") Duration reminderBefore) {
        this.store = store;
        this.rubrics = rubrics;
        this.rules = rules;
        this.conflicts = conflicts;
        this.identity = identity;
        this.submissions = submissions;
        this.tasks = tasks;
        this.events = events;
        this.reviewersPerStudy = reviewersPerStudy;
        this.scoreDue = scoreDue;
        this.reminderBefore = reminderBefore;
    }

    @Transactional(readOnly = true)
    public Rubric currentRubric() {
        return rubrics.current();
    }

    /** Proposes the least-loaded conflict-free reviewers; {@code replacements} > 0 asks for replacements only. */
    @Transactional(readOnly = true)
    public ReviewerProposal propose(String studyId) {
        Study study = submissions.existing(studyId);
        List<Assignment> current = store.assignments(studyId);
        long working = current.stream().filter(a -> a.state() != Assignment.State.CONFLICT).count();
        int needed = (int) Math.max(reviewersPerStudy - working, current.isEmpty() ? reviewersPerStudy : 0);
        Map<String, Integer> load = store.openLoad();
        List<ReviewerProposal.Candidate> candidates = new ArrayList<>();
        for (UserAccount reviewer : identity.users(Role.REVIEWER)) {
            String excluded = current.stream().anyMatch(a -> a.reviewerId().equals(reviewer.id())) ? "ALREADY_ASSIGNED"
                    : conflicts.conflict(reviewer, study).orElse(null);
            candidates.add(new ReviewerProposal.Candidate(reviewer.id(), reviewer.name(),
                    load.getOrDefault(reviewer.id(), 0), false, excluded));
        }
        List<String> proposal = candidates.stream().filter(c -> c.excludedBecause() == null)
                .sorted(Comparator.comparingInt(ReviewerProposal.Candidate::openTasks).thenComparing(ReviewerProposal.Candidate::id))
                .limit(needed).map(ReviewerProposal.Candidate::id).toList();
        List<ReviewerProposal.Candidate> marked = candidates.stream().map(c -> new ReviewerProposal.Candidate(c.id(), c.name(),
                c.openTasks(), proposal.contains(c.id()), c.excludedBecause())).toList();
        return new ReviewerProposal(needed, proposal, marked);
    }

    /** The secretariat's assignment: at least the configured number of distinct, conflict-free reviewers. */
    public void assignReviewers(String taskId, String studyId, List<String> reviewers) {
        List<String> chosen = checkedReviewers(studyId, reviewers, reviewersPerStudy);
        String version = rubrics.current().version();
        chosen.forEach(r -> store.insertAssignment(studyId, r, version));
        submissions.changeStatus(studyId, StudyStatus.IN_REVIEW, "Beoordelaars toegewezen");
        Map<String, Object> variables = dueDates();
        variables.put(StudyReviewProcess.REVIEWERS, new ArrayList<>(chosen));
        tasks.complete(taskId, variables);
    }

    /** After a declared conflict: exactly one replacement joins; the reviewers already at work stay. */
    public void assignReplacement(String taskId, String studyId, List<String> reviewers) {
        List<String> chosen = checkedReviewers(studyId, reviewers, 1);
        if (chosen.size() != 1) {
            throw new InvalidInputException("reviewers", "assignment.oneReplacement");
        }
        store.insertAssignment(studyId, chosen.get(0), rubrics.current().version());
        Map<String, Object> variables = dueDates();
        variables.put(StudyReviewProcess.REVIEWER, chosen.get(0));
        tasks.complete(taskId, variables);
    }

    /** A reviewer's independent scores; every criterion present, n.v.t. only where the rubric allows it. */
    public void submitScores(String taskId, String studyId, ScoreSheet sheet) {
        Assignment assignment = activeAssignment(studyId, sheet.reviewerId());
        Study study = submissions.existing(studyId);
        Rubric rubric = rubrics.version(assignment.rubricVersion());
        Validation v = new Validation();
        Map<String, Integer> scores = sheet.scores() == null ? Map.of() : sheet.scores();
        for (Rubric.Criterion c : rubric.criteria()) {
            String field = "scores." + c.code();
            Integer level = scores.get(c.code());
            v.require(scores.containsKey(c.code()), field, "score.required");
            v.require(level == null || (level >= 1 && level <= 5), field, "score.range");
            v.require(level != null || !scores.containsKey(c.code()) || c.mayBeNotApplicable(study.metadata().studyType().name()),
                    field, "score.notApplicableNotAllowed");
        }
        scores.keySet().stream().filter(k -> !rubric.codes().contains(k))
                .forEach(k -> v.require(false, "scores." + k, "score.unknownCriterion"));
        v.throwIfInvalid();
        Map<String, String> comments = sheet.comments() == null ? Map.of() : sheet.comments();
        for (String code : rubric.codes()) {
            store.insertScore(studyId, sheet.reviewerId(), code, scores.get(code), comments.get(code));
        }
        store.markSubmitted(studyId, sheet.reviewerId(), sheet.summary());
        tasks.complete(taskId, Map.of(StudyReviewProcess.CONFLICT_DECLARED, false));
    }

    /** Ends this reviewer's part; the study goes back to the secretariat for a replacement. */
    public void declareConflict(String taskId, String studyId, String reviewerId, String reason) {
        activeAssignment(studyId, reviewerId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "conflict.reasonRequired");
        }
        store.markConflict(studyId, reviewerId, reason);
        tasks.complete(taskId, Map.of(StudyReviewProcess.CONFLICT_DECLARED, true));
    }

    /** Applies the consolidation rules; returns whether a consensus meeting is required. */
    public boolean consolidate(String studyId) {
        Map<String, Map<String, Integer>> sheets = store.independentScores(studyId);
        List<String> codes = rubricOf(studyId).codes();
        Set<String> reasons = new LinkedHashSet<>();
        for (String code : codes) {
            List<Integer> levels = new ArrayList<>();
            sheets.values().forEach(sheet -> levels.add(sheet.get(code)));
            rules.consensusReasons(code, ConsolidationRule.Spread.of(levels)).forEach(r -> reasons.add(code + ":" + r));
        }
        List<Integer> ownVerdicts = sheets.values().stream().map(rules::verdict).filter(Objects::nonNull).toList();
        rules.consensusReasons("VERDICT", ConsolidationRule.Spread.of(ownVerdicts)).forEach(r -> reasons.add("VERDICT:" + r));
        boolean consensus = !reasons.isEmpty();
        store.saveConsolidation(studyId, consensus, String.join(",", reasons));
        if (consensus) {
            submissions.changeStatus(studyId, StudyStatus.IN_CONSENSUS, "Consensusoverleg nodig");
        } else {
            store.saveConsolidated(studyId, ConsolidationRule.consolidate(codes, sheets.values()), "RULE");
            submissions.changeStatus(studyId, StudyStatus.AWAITING_VERDICT, null);
        }
        return consensus;
    }

    /** Independent scores per reviewer, for the chair's consensus meeting (never for other reviewers). */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Integer>> independentScores(String studyId) {
        return store.independentScores(studyId);
    }

    @Transactional(readOnly = true)
    public List<String> consensusReasons(String studyId) {
        return store.consensusReasons(studyId).filter(s -> !s.isBlank()).map(s -> List.of(s.split(","))).orElse(List.of());
    }

    public void recordConsensus(String taskId, String studyId, Map<String, Integer> scores, String rationale, String chair) {
        Rubric rubric = rubricOf(studyId);
        String type = submissions.existing(studyId).metadata().studyType().name();
        Validation v = new Validation().notBlank(rationale, "rationale");
        Map<String, Integer> agreed = scores == null ? Map.of() : scores;
        for (Rubric.Criterion c : rubric.criteria()) {
            Integer level = agreed.get(c.code());
            v.require(agreed.containsKey(c.code()), "scores." + c.code(), "score.required");
            v.require(level == null || (level >= 1 && level <= 5), "scores." + c.code(), "score.range");
            v.require(level != null || !agreed.containsKey(c.code()) || c.mayBeNotApplicable(type), "scores." + c.code(),
                    "score.notApplicableNotAllowed");
        }
        v.throwIfInvalid();
        Map<String, Integer> ordered = new LinkedHashMap<>();
        rubric.codes().forEach(code -> ordered.put(code, agreed.get(code)));
        store.saveConsolidated(studyId, ordered, "CONSENSUS");
        store.recordConsensus(studyId, rationale, chair);
        submissions.changeStatus(studyId, StudyStatus.AWAITING_VERDICT, "Consensus bereikt");
        tasks.complete(taskId);
    }

    /** Not read-only: evaluating the decisions writes their history (what the system computed, for the audit). */
    public VerdictProposal verdictProposal(String studyId) {
        Map<String, Integer> consolidated = store.consolidated(studyId);
        Integer verdict = rules.verdict(consolidated);
        if (verdict == null) {
            return new VerdictProposal(consolidated, null, false);
        }
        List<Integer> ownVerdicts = store.independentScores(studyId).values().stream().map(rules::verdict)
                .filter(Objects::nonNull).toList();
        int lowestOwn = ownVerdicts.stream().min(Integer::compare).orElse(0);
        int range = ownVerdicts.isEmpty() ? 0 : ownVerdicts.stream().max(Integer::compare).get() - lowestOwn;
        Integer lowestScore = consolidated.values().stream().filter(Objects::nonNull).min(Integer::compare).orElse(null);
        Study study = submissions.existing(studyId);
        boolean exemplary = rules.exemplary(verdict, lowestScore, study.metadata().studyType().name(), consolidated.get("K1"),
                lowestOwn, range);
        return new VerdictProposal(consolidated, verdict, exemplary);
    }

    /** The chair fixes verdict and exemplary flag; departing from the decision tables needs a motivation. */
    public void decideVerdict(String taskId, String studyId, Integer verdict, Boolean exemplary, String motivation,
                              UserAccount chair) {
        if (!chair.has(Role.CHAIR)) {
            throw new ForbiddenException("error.forbidden");
        }
        VerdictProposal proposal = verdictProposal(studyId);
        Validation v = new Validation()
                .require(verdict != null && verdict >= 1 && verdict <= 5, "verdict", "score.range")
                .require(exemplary != null, "exemplary", "validation.required");
        boolean departs = verdict != null && exemplary != null
                && (!verdict.equals(proposal.computedVerdict()) || exemplary != proposal.computedExemplary());
        v.require(!departs || (motivation != null && !motivation.isBlank()), "motivation", "verdict.motivationRequired");
        v.throwIfInvalid();
        store.saveAssessment(studyId, rubricOf(studyId).version(), proposal.computedVerdict(), proposal.computedExemplary(),
                verdict, exemplary, motivation, chair.id());
        submissions.changeStatus(studyId, StudyStatus.ASSESSED, "Eindoordeel vastgesteld");
        tasks.complete(taskId);
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

    private Rubric rubricOf(String studyId) {
        return store.assignments(studyId).stream().findFirst().map(a -> rubrics.version(a.rubricVersion()))
                .orElseGet(rubrics::current);
    }

    private Assignment activeAssignment(String studyId, String reviewerId) {
        Assignment a = store.assignment(studyId, reviewerId).orElseThrow(() -> new ForbiddenException("error.forbidden"));
        if (a.state() != Assignment.State.ACTIVE) {
            throw new ForbiddenException("error.forbidden");
        }
        return a;
    }

    private List<String> checkedReviewers(String studyId, List<String> reviewers, int minimum) {
        List<String> chosen = reviewers == null ? List.of() : reviewers.stream().filter(Objects::nonNull).distinct().toList();
        Study study = submissions.existing(studyId);
        Validation v = new Validation();
        v.require(chosen.size() >= minimum, "reviewers", "assignment.tooFew", minimum);
        for (String id : chosen) {
            var reviewer = identity.user(id).filter(u -> u.has(Role.REVIEWER));
            v.require(reviewer.isPresent(), "reviewers", "assignment.notAReviewer", id);
            reviewer.flatMap(r -> conflicts.conflict(r, study))
                    .ifPresent(reason -> v.require(false, "reviewers", "assignment.conflict", id));
            v.require(store.assignment(studyId, id).isEmpty(), "reviewers", "assignment.alreadyAssigned", id);
        }
        v.throwIfInvalid();
        return chosen;
    }

    private Map<String, Object> dueDates() {
        OffsetDateTime due = OffsetDateTime.now().plus(scoreDue);
        Map<String, Object> variables = new HashMap<>();
        variables.put(StudyReviewProcess.SCORE_DUE, Date.from(due.toInstant()));
        variables.put(StudyReviewProcess.SCORE_REMINDER_AT, Date.from(due.minus(reminderBefore).toInstant()));
        return variables;
    }
}
