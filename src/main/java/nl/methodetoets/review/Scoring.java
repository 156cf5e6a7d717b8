package nl.methodetoets.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.Validation;
import nl.methodetoets.submission.SubmissionManagement;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** A reviewer's own work on a study: drafts, the submitted independent scores, or a declared conflict. */
@Component
class Scoring {
    private final ReviewStore store;
    private final RubricCatalog rubrics;
    private final SubmissionManagement submissions;
    private final TaskService tasks;
    private final ObjectMapper json;

    Scoring(ReviewStore store, RubricCatalog rubrics, SubmissionManagement submissions, TaskService tasks, ObjectMapper json) {
        this.store = store;
        this.rubrics = rubrics;
        this.submissions = submissions;
        this.tasks = tasks;
        this.json = json;
    }

    /** The rubric version the reviewer scores with: the one current when they were assigned. */
    Rubric rubricFor(String studyId, String reviewerId) {
        return rubrics.version(activeAssignment(studyId, reviewerId).rubricVersion());
    }

    void submit(String taskId, String studyId, ScoreSheet sheet) {
        Assignment assignment = activeAssignment(studyId, sheet.reviewerId());
        Rubric rubric = rubrics.version(assignment.rubricVersion());
        Validation v = new Validation();
        ScoreRules.validate(rubric, submissions.existing(studyId).metadata().studyType().name(), sheet.scores(), v);
        limits(rubric, sheet, v);
        v.throwIfInvalid();
        for (String code : rubric.codes()) {
            store.insertScore(studyId, sheet.reviewerId(), code, sheet.scores().get(code), blankToNull(sheet.comments().get(code)),
                    blankToNull(sheet.pages().get(code)));
        }
        store.markSubmitted(studyId, sheet.reviewerId(), sheet.summary());
        store.deleteDraft(studyId, sheet.reviewerId());
        tasks.complete(taskId, Map.of(ReviewProcess.CONFLICT_DECLARED, false));
    }

    /**
     * Keeps an unfinished score sheet, visible to no one else. It need not be complete, but it obeys the same limits
     * as sent scores: known criteria, levels 1–5, texts within their lengths.
     */
    void saveDraft(String studyId, ScoreSheet sheet) {
        Rubric rubric = rubrics.version(activeAssignment(studyId, sheet.reviewerId()).rubricVersion());
        Validation v = new Validation();
        sheet.scores().forEach((code, level) -> v.require(level == null || (level >= 1 && level <= 5),
                "scores." + code, "score.range", code));
        sheet.scores().keySet().stream().filter(k -> !rubric.codes().contains(k))
                .forEach(k -> v.require(false, "scores." + k, "score.unknownCriterion"));
        limits(rubric, sheet, v);
        v.throwIfInvalid();
        try {
            store.saveDraft(studyId, sheet.reviewerId(), json.writeValueAsString(sheet));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<ScoreSheet> draft(String studyId, String reviewerId) {
        return store.draft(studyId, reviewerId).map(content -> {
            try {
                return json.readValue(content, ScoreSheet.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    void declareConflict(String taskId, String studyId, String reviewerId, String reason) {
        activeAssignment(studyId, reviewerId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "conflict.reasonRequired");
        }
        new Validation().text(reason, "reason", InputLimits.REASON).throwIfInvalid();
        store.markConflict(studyId, reviewerId, reason);
        store.deleteDraft(studyId, reviewerId);
        tasks.complete(taskId, Map.of(ReviewProcess.CONFLICT_DECLARED, true));
    }

    /**
     * What a score sheet may hold, sent or draft ({@link InputLimits}): comments and pages only for the rubric's
     * criteria, each within its column, and the summary within its own.
     */
    private static void limits(Rubric rubric, ScoreSheet sheet, Validation v) {
        if (sheet.scores().size() > InputLimits.CRITERIA || sheet.comments().size() > InputLimits.CRITERIA
                || sheet.pages().size() > InputLimits.CRITERIA) {
            v.require(false, "scores", "validation.tooMany", InputLimits.CRITERIA);
            return;
        }
        sheet.comments().forEach((code, comment) -> {
            v.require(rubric.codes().contains(code), "comments." + code, "score.unknownCriterion");
            v.text(comment, "comments." + code, InputLimits.COMMENT);
        });
        sheet.pages().forEach((code, pages) -> {
            v.require(rubric.codes().contains(code), "pages." + code, "score.unknownCriterion");
            v.require(pages == null || pages.length() > InputLimits.PAGES || pages.matches("[0-9 ,;\\-–]*"),
                    "pages." + code, "score.pages");
            v.line(pages, "pages." + code, InputLimits.PAGES);
        });
        v.text(sheet.summary(), "summary", InputLimits.REVIEW_SUMMARY);
    }

    private Assignment activeAssignment(String studyId, String reviewerId) {
        Assignment a = store.assignment(studyId, reviewerId).orElseThrow(() -> new ForbiddenException("error.forbidden"));
        if (a.state() != Assignment.State.ACTIVE) {
            throw new ForbiddenException("error.forbidden");
        }
        return a;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
