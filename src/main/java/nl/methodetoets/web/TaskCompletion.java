package nl.methodetoets.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.common.Enums;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.ScoreSheet;
import nl.methodetoets.submission.IntakeDecision;
import nl.methodetoets.submission.StudyReviewProcess;
import nl.methodetoets.submission.SubmissionManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a task: reads the body for its type and hands it to the module that owns the step. The domain
 * change and the task completion commit together (the engine joins this transaction).
 */
@Service
class TaskCompletion {
    private final TaskWork work;
    private final SubmissionManagement submissions;
    private final ReviewManagement reviews;
    private final AdviceManagement advice;
    private final ObjectMapper json;

    TaskCompletion(TaskWork work, SubmissionManagement submissions, ReviewManagement reviews, AdviceManagement advice,
                   ObjectMapper json) {
        this.work = work;
        this.submissions = submissions;
        this.reviews = reviews;
        this.advice = advice;
        this.json = json;
    }

    @Transactional
    void complete(String taskId, JsonNode body, UserAccount user) {
        WorkItem item = work.find(taskId, user);
        work.claimIfOffered(item, user);
        switch (item.type()) {
            case INTAKE -> {
                TaskForms.Intake form = read(body, TaskForms.Intake.class);
                if (form.possibleExample() != null) {
                    submissions.markPossibleExample(item.studyId(), form.possibleExample());
                }
                IntakeDecision decision = Enums.parse(IntakeDecision.class, form.decision(), "decision");
                submissions.decideIntake(taskId, item.studyId(), decision, form.remarks(), form.deadline());
            }
            case COMPLETE_SUBMISSION -> submissions.completeSubmission(taskId, item.studyId(),
                    read(body, TaskForms.CompleteSubmission.class).remarks());
            case ASSIGN_REVIEWERS -> {
                TaskForms.AssignReviewers form = read(body, TaskForms.AssignReviewers.class);
                if (isReplacement(taskId)) {
                    reviews.assignReplacement(taskId, item.studyId(), form.reviewers());
                } else {
                    reviews.assignReviewers(taskId, item.studyId(), form.reviewers());
                }
            }
            case SCORE -> {
                TaskForms.Score form = read(body, TaskForms.Score.class);
                if (Boolean.TRUE.equals(form.conflictOfInterest())) {
                    reviews.declareConflict(taskId, item.studyId(), user.id(), form.reason());
                } else {
                    reviews.submitScores(taskId, item.studyId(),
                            new ScoreSheet(user.id(), form.scores(), form.comments(), form.pages(), form.summary()));
                }
            }
            case CONSENSUS -> {
                TaskForms.Consensus form = read(body, TaskForms.Consensus.class);
                reviews.recordConsensus(taskId, item.studyId(), form.scores(), form.rationale(), user.id());
            }
            case VERDICT -> {
                TaskForms.Verdict form = read(body, TaskForms.Verdict.class);
                reviews.decideVerdict(taskId, item.studyId(), form.verdict(), form.exemplary(), form.motivation(), user);
            }
            case DRAFT_ADVICE -> {
                TaskForms.DraftAdvice form = read(body, TaskForms.DraftAdvice.class);
                advice.saveDraft(taskId, item.year(), form.conclusions(), form.recommendations());
            }
            case APPROVE_ADVICE -> {
                TaskForms.ApproveAdvice form = read(body, TaskForms.ApproveAdvice.class);
                advice.decideApproval(taskId, item.year(), form.approved(), form.remarks());
            }
        }
    }

    /** Saves a reviewer's unfinished scores on their own SCORE task, without completing it. */
    @Transactional
    void saveDraft(String taskId, JsonNode body, UserAccount user) {
        WorkItem item = work.find(taskId, user);
        if (item.type() != TaskType.SCORE) {
            throw new InvalidInputException("task", "task.noDraft");
        }
        TaskForms.Score form = read(body, TaskForms.Score.class);
        reviews.saveDraft(item.studyId(), new ScoreSheet(user.id(), form.scores(), form.comments(), form.pages(), form.summary()));
    }

    boolean isReplacement(String taskId) {
        return work.taskKey(taskId).equals(StudyReviewProcess.TASK_ASSIGN_REPLACEMENT);
    }

    private <T> T read(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body == null ? json.createObjectNode() : body, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException("body", "validation.body");
        }
    }

}
