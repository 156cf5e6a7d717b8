package nl.methodetoets.review;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.Validation;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.ObjectionReviewProcess;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.SubmissionManagement;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who re-reviews an objection: exactly one member who did not review the study (nor re-reviewed it before, nor
 * declared a conflict on it) and has no conflict of interest by the usual rules; the least-loaded one is proposed.
 * The re-review is scored with the study's rubric version and has the usual due date, reminder and escalation.
 */
@Component
class ObjectionAssignments {
    /** Why a member who worked on the study is left out: they scored it (or were assigned to). */
    static final String REVIEWED_STUDY = "REVIEWED_STUDY";
    private final ReviewStore store;
    private final ConflictRules conflicts;
    private final Identity identity;
    private final SubmissionManagement submissions;
    private final Verdicts verdicts;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Duration scoreDue;
    private final Duration reminderBefore;
    private final Clock clock;

    ObjectionAssignments(ReviewStore store, ConflictRules conflicts, Identity identity, SubmissionManagement submissions,
                         Verdicts verdicts, TaskService tasks, ApplicationEventPublisher events,
                         @Value("${methodetoets.review.score-due}") Duration scoreDue,
                         @Value("${methodetoets.review.score-reminder-before}") Duration reminderBefore, Clock clock) {
        this.store = store;
        this.conflicts = conflicts;
        this.identity = identity;
        this.submissions = submissions;
        this.verdicts = verdicts;
        this.tasks = tasks;
        this.events = events;
        this.scoreDue = scoreDue;
        this.reminderBefore = reminderBefore;
        this.clock = clock;
    }

    ReviewerProposal propose(String studyId) {
        Study study = submissions.existing(studyId);
        return ReviewerProposal.of(1, identity.users(Role.REVIEWER), store.openLoad(),
                reviewer -> excluded(reviewer, study).orElse(null));
    }

    void assign(String taskId, String studyId, String objectionId, List<String> reviewers) {
        Study study = submissions.existing(studyId);
        if (reviewers != null && reviewers.size() > InputLimits.REVIEWERS) {
            throw new InvalidInputException("reviewers", "validation.tooMany", InputLimits.REVIEWERS);
        }
        List<String> chosen = reviewers == null ? List.of() : reviewers.stream().filter(Objects::nonNull).distinct().toList();
        Validation v = new Validation();
        chosen.forEach(id -> v.line(id, "reviewers", InputLimits.ID));
        v.throwIfInvalid();
        v.require(chosen.size() == 1, "reviewers", "assignment.exactlyOne");
        for (String id : chosen) {
            Optional<UserAccount> reviewer = identity.user(id).filter(u -> u.has(Role.REVIEWER));
            v.require(reviewer.isPresent(), "reviewers", "assignment.notAReviewer", id);
            reviewer.flatMap(r -> excluded(r, study)).ifPresent(reason -> v.require(false, "reviewers",
                    REVIEWED_STUDY.equals(reason) ? "assignment.reviewedStudy" : "assignment.conflict", id));
        }
        v.throwIfInvalid();
        String reviewer = chosen.get(0);
        OffsetDateTime due = OffsetDateTime.now(clock).plus(scoreDue);
        store.insertObjectionAssignment(studyId, reviewer, verdicts.rubricOf(studyId).version(), due, objectionId);
        events.publishEvent(new ObjectionReviewerAssigned(studyId));
        events.publishEvent(new ScoringAssigned(studyId, reviewer, due));
        Map<String, Object> variables = new HashMap<>();
        variables.put(ObjectionReviewProcess.REVIEWER, reviewer);
        variables.put(ObjectionReviewProcess.SCORE_DUE, Date.from(due.toInstant()));
        variables.put(ObjectionReviewProcess.SCORE_REMINDER_AT, Date.from(due.minus(reminderBefore).toInstant()));
        tasks.complete(taskId, variables);
    }

    /**
     * Why a member may not re-review: they worked on the study (REVIEWED_STUDY; DECLARED_CONFLICT when they withdrew
     * from it with a conflict), or a conflict of interest by the usual rules.
     */
    private Optional<String> excluded(UserAccount reviewer, Study study) {
        Optional<Assignment> earlier = store.assignment(study.id(), reviewer.id());
        if (earlier.isPresent()) {
            return Optional.of(earlier.get().state() == Assignment.State.CONFLICT ? "DECLARED_CONFLICT" : REVIEWED_STUDY);
        }
        return conflicts.conflict(reviewer, study);
    }
}
