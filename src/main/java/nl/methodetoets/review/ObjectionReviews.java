package nl.methodetoets.review;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.Validation;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.Objection;
import nl.methodetoets.submission.ObjectionReviewProcess;
import nl.methodetoets.submission.Objections;
import nl.methodetoets.submission.SubmissionManagement;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review module's API for objections (process {@code objection-review}): the secretariat's admissibility, the
 * one re-reviewer, the verdict the decision tables compute from the re-review, and the chair's decision. The
 * re-review is scored through {@link ReviewManagement} like any score; it is kept, but it is never one of the study's
 * independent ratings. Methods that complete a task do the domain change and the completion in one transaction.
 */
@Service
@Transactional
public class ObjectionReviews {
    private final ObjectionAssignments assignments;
    private final Objections objections;
    private final SubmissionManagement submissions;
    private final ReviewStore store;
    private final DecisionRules rules;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;

    ObjectionReviews(ObjectionAssignments assignments, Objections objections, SubmissionManagement submissions,
                     ReviewStore store, DecisionRules rules, TaskService tasks, ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.objections = objections;
        this.submissions = submissions;
        this.store = store;
        this.rules = rules;
        this.tasks = tasks;
        this.events = events;
    }

    /** ASSESS_OBJECTION: remarks are required when the objection is inadmissible (the submitter reads them). */
    public void judgeAdmissibility(String taskId, String studyId, Boolean admissible, String remarks, UserAccount secretary) {
        new Validation().require(admissible != null, "admissible", "validation.required")
                .require(!Boolean.FALSE.equals(admissible) || (remarks != null && !remarks.isBlank()), "remarks",
                        "objection.remarksRequired")
                .text(remarks, "remarks", InputLimits.REMARKS).throwIfInvalid();
        objections.judgeAdmissibility(studyId, admissible, blankToNull(remarks), secretary.id());
        tasks.complete(taskId, Map.of(ObjectionReviewProcess.ADMISSIBLE, admissible));
    }

    /** Members who may re-review the study, the least-loaded one proposed (exactly one is chosen). */
    @Transactional(readOnly = true)
    public ReviewerProposal propose(String studyId) {
        return assignments.propose(studyId);
    }

    /** ASSIGN_OBJECTION_REVIEWER: exactly one member, not a reviewer of the study, without a conflict (else 422). */
    public void assignReviewer(String taskId, String studyId, List<String> reviewers) {
        assignments.assign(taskId, studyId, objections.open(studyId).id(), reviewers);
    }

    /**
     * Called from the process when the re-review is in: evaluates the decision tables on it and stores the result,
     * which the chair's task then only reads.
     */
    public void computeVerdict(String studyId) {
        Objection objection = objections.open(studyId);
        Map<String, Integer> sheet = store.reReviewScores(objection.id());
        Integer verdict = rules.verdict(sheet);
        boolean exemplary = false;
        if (verdict != null) {
            Integer lowest = sheet.values().stream().filter(Objects::nonNull).min(Integer::compare).orElse(null);
            String studyType = submissions.existing(studyId).metadata().studyType().name();
            // one rating: its own verdict is the lowest, and the reviewers' verdicts do not spread
            exemplary = rules.exemplary(verdict, lowest, studyType, sheet.get("K1"), verdict, 0);
        }
        store.saveObjectionProposal(objection.id(), verdict, exemplary);
        events.publishEvent(new ObjectionReviewed(studyId));
    }

    /** What the chair decides the study's open objection on. */
    @Transactional(readOnly = true)
    public ObjectionCase objectionCase(String studyId) {
        Objection objection = objections.open(studyId);
        SubmittedReview reReview = store.objectionAssignments(objection.id()).stream()
                .filter(a -> a.state() == Assignment.State.SUBMITTED)
                .flatMap(a -> store.submittedReviews(studyId, a.reviewerId()).stream()).findFirst().orElse(null);
        ReviewStore.StoredProposal computed = store.objectionProposal(objection.id()).orElse(null);
        return new ObjectionCase(objection.id(), objection.grounds(), store.submittedReviews(studyId, null),
                store.consolidated(studyId), objection.originalVerdict(), objection.originalExemplary(), reReview,
                computed == null ? null : computed.verdict(), computed != null && computed.exemplary());
    }

    /**
     * DECIDE_OBJECTION: upheld with a new verdict (1–5) and exemplary flag that differ from the contested ones, or
     * rejected (the verdict stands; a verdict or flag sent along must be the contested one); a motivation always.
     */
    public void decide(String taskId, String studyId, Boolean upheld, Integer verdict, Boolean exemplary, String motivation,
                       UserAccount chair) {
        if (!chair.has(Role.CHAIR)) {
            throw new ForbiddenException("error.forbidden");
        }
        Objection objection = objections.open(studyId);
        Validation v = new Validation().require(upheld != null, "upheld", "validation.required")
                .notBlank(motivation, "motivation").text(motivation, "motivation", InputLimits.MOTIVATION);
        if (Boolean.TRUE.equals(upheld)) {
            v.require(verdict != null && verdict >= 1 && verdict <= 5, "verdict", "score.range")
                    .require(exemplary != null, "exemplary", "validation.required");
            v.require(v.has("verdict") || v.has("exemplary") || verdict != objection.originalVerdict()
                    || exemplary != objection.originalExemplary(), "upheld", "objection.upheldChangesNothing");
        } else if (Boolean.FALSE.equals(upheld)) {
            v.require((verdict == null || verdict == objection.originalVerdict())
                            && (exemplary == null || exemplary == objection.originalExemplary()), "verdict",
                    "objection.rejectedKeepsVerdict", objection.originalVerdict());
        }
        v.throwIfInvalid();
        objections.decide(studyId, upheld, verdict, exemplary, motivation, chair.id());
        tasks.complete(taskId, Map.of(ObjectionReviewProcess.UPHELD, upheld));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
