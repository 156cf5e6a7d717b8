package nl.methodetoets.review;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.Validation;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.SubmissionManagement;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who reviews a study: a proposal of the least-loaded conflict-free reviewers (2, or 3 for a possible example),
 * the secretariat's assignment, and replacements after a declared conflict.
 */
@Component
class ReviewerAssignments {
    private final ReviewStore store;
    private final RubricCatalog rubrics;
    private final ConflictRules conflicts;
    private final Identity identity;
    private final SubmissionManagement submissions;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final int reviewersPerStudy;
    private final int reviewersForPossibleExample;
    private final Duration scoreDue;
    private final Duration reminderBefore;
    private final Clock clock;

    ReviewerAssignments(ReviewStore store, RubricCatalog rubrics, ConflictRules conflicts, Identity identity,
                        SubmissionManagement submissions, TaskService tasks, ApplicationEventPublisher events,
                        @Value("${methodetoets.review.reviewers-per-study}") int reviewersPerStudy,
                        @Value("${methodetoets.review.reviewers-for-possible-example:3}") int reviewersForPossibleExample,
                        @Value("${methodetoets.review.score-due}") Duration scoreDue,
                        @Value("${methodetoets.review.score-reminder-before}") Duration reminderBefore, Clock clock) {
        this.store = store;
        this.rubrics = rubrics;
        this.conflicts = conflicts;
        this.identity = identity;
        this.submissions = submissions;
        this.tasks = tasks;
        this.events = events;
        this.reviewersPerStudy = reviewersPerStudy;
        this.reviewersForPossibleExample = reviewersForPossibleExample;
        this.scoreDue = scoreDue;
        this.reminderBefore = reminderBefore;
        this.clock = clock;
    }

    ReviewerProposal propose(String studyId) {
        Study study = submissions.existing(studyId);
        List<Assignment> current = store.assignments(studyId);
        long working = current.stream().filter(a -> a.state() != Assignment.State.CONFLICT).count();
        int needed = (int) Math.max(required(study) - working, 0);
        return ReviewerProposal.of(needed, identity.users(Role.REVIEWER), store.openLoad(),
                reviewer -> current.stream().anyMatch(a -> a.reviewerId().equals(reviewer.id())) ? "ALREADY_ASSIGNED"
                        : conflicts.conflict(reviewer, study).orElse(null));
    }

    void assign(String taskId, String studyId, List<String> reviewers) {
        Study study = submissions.existing(studyId);
        List<String> chosen = checked(study, reviewers, required(study));
        OffsetDateTime due = OffsetDateTime.now(clock).plus(scoreDue);
        String version = rubrics.current().version();
        chosen.forEach(r -> store.insertAssignment(studyId, r, version, due));
        events.publishEvent(new ReviewersAssigned(studyId, chosen.size()));
        chosen.forEach(r -> events.publishEvent(new ScoringAssigned(studyId, r, due)));
        Map<String, Object> variables = dueDates(due);
        variables.put(ReviewProcess.REVIEWERS, new ArrayList<>(chosen));
        tasks.complete(taskId, variables);
    }

    /** Exactly one replacement joins; the reviewers already at work stay, with the scores they gave. */
    void replace(String taskId, String studyId, List<String> reviewers) {
        List<String> chosen = checked(submissions.existing(studyId), reviewers, 1);
        if (chosen.size() != 1) {
            throw new InvalidInputException("reviewers", "assignment.oneReplacement");
        }
        OffsetDateTime due = OffsetDateTime.now(clock).plus(scoreDue);
        store.insertAssignment(studyId, chosen.get(0), rubrics.current().version(), due);
        events.publishEvent(new ScoringAssigned(studyId, chosen.get(0), due));
        Map<String, Object> variables = dueDates(due);
        variables.put(ReviewProcess.REVIEWER, chosen.get(0));
        tasks.complete(taskId, variables);
    }

    List<Workload> workload() {
        return store.workload().stream().map(w -> {
            List<OffsetDateTime[]> done = store.turnarounds(w.reviewerId());
            Double mean = done.isEmpty() ? null : done.stream()
                    .mapToDouble(p -> Duration.between(p[0], p[1]).toMinutes() / (60.0 * 24)).average().orElse(0);
            return new Workload(w.reviewerId(), w.openTasks(), w.overdue(), w.submitted(), mean);
        }).toList();
    }

    private int required(Study study) {
        return study.possibleExample() ? reviewersForPossibleExample : reviewersPerStudy;
    }

    private List<String> checked(Study study, List<String> reviewers, int minimum) {
        if (reviewers != null && reviewers.size() > InputLimits.REVIEWERS) {
            throw new InvalidInputException("reviewers", "validation.tooMany", InputLimits.REVIEWERS);
        }
        List<String> chosen = reviewers == null ? List.of() : reviewers.stream().filter(Objects::nonNull).distinct().toList();
        Validation v = new Validation();
        chosen.forEach(id -> v.line(id, "reviewers", InputLimits.ID));
        v.throwIfInvalid();
        v.require(chosen.size() >= minimum, "reviewers", "assignment.tooFew", minimum);
        for (String id : chosen) {
            var reviewer = identity.user(id).filter(u -> u.has(Role.REVIEWER));
            v.require(reviewer.isPresent(), "reviewers", "assignment.notAReviewer", id);
            reviewer.flatMap(r -> conflicts.conflict(r, study))
                    .ifPresent(reason -> v.require(false, "reviewers", "assignment.conflict", id));
            v.require(store.assignment(study.id(), id).isEmpty(), "reviewers", "assignment.alreadyAssigned", id);
        }
        v.throwIfInvalid();
        return chosen;
    }

    private Map<String, Object> dueDates(OffsetDateTime due) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReviewProcess.SCORE_DUE, Date.from(due.toInstant()));
        variables.put(ReviewProcess.SCORE_REMINDER_AT, Date.from(due.minus(reminderBefore).toInstant()));
        return variables;
    }
}
