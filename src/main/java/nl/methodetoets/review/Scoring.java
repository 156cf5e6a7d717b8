package nl.methodetoets.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import nl.methodetoets.common.ForbiddenException;
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
        sheet.pages().forEach((code, pages) -> v.require(pages == null || pages.matches("[0-9 ,;\\-–]{0,200}"),
                "pages." + code, "score.pages"));
        v.throwIfInvalid();
        for (String code : rubric.codes()) {
            store.insertScore(studyId, sheet.reviewerId(), code, sheet.scores().get(code), blankToNull(sheet.comments().get(code)),
                    blankToNull(sheet.pages().get(code)));
        }
        store.markSubmitted(studyId, sheet.reviewerId(), sheet.summary());
        store.deleteDraft(studyId, sheet.reviewerId());
        tasks.complete(taskId, Map.of(ReviewProcess.CONFLICT_DECLARED, false));
    }

    /** Keeps an unfinished score sheet; nothing is validated or visible to anyone else. */
    void saveDraft(String studyId, ScoreSheet sheet) {
        activeAssignment(studyId, sheet.reviewerId());
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
        store.markConflict(studyId, reviewerId, reason);
        store.deleteDraft(studyId, reviewerId);
        tasks.complete(taskId, Map.of(ReviewProcess.CONFLICT_DECLARED, true));
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
