package nl.methodetoets.web;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.ReviewerProposal;
import nl.methodetoets.review.VerdictProposal;
import nl.methodetoets.submission.StudyReviewProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each task's form needs (API.md {@code GET /api/tasks/{id}}), shared by the API and the UI. */
@Service
@Transactional // not read-only: the verdict proposal evaluates DMN decisions, which write decision history
class TaskDetails {
    private final TaskWork work;
    private final ReviewManagement reviews;
    private final AdviceManagement advice;

    TaskDetails(TaskWork work, ReviewManagement reviews, AdviceManagement advice) {
        this.work = work;
        this.reviews = reviews;
        this.advice = advice;
    }

    Map<String, Object> describe(String taskId, UserAccount user) {
        WorkItem item = work.find(taskId, user);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", item.id());
        details.put("type", item.type());
        details.put("studyId", item.studyId());
        details.put("year", item.year());
        details.put("name", item.name());
        details.put("created", item.created());
        details.put("due", item.due());
        details.put("studyTitle", item.studyTitle());
        switch (item.type()) {
            case ASSIGN_REVIEWERS -> {
                ReviewerProposal proposal = reviews.propose(item.studyId());
                details.put("replacement", work.taskKey(taskId).equals(StudyReviewProcess.TASK_ASSIGN_REPLACEMENT));
                details.put("required", proposal.required());
                details.put("proposal", proposal.proposal());
                details.put("candidates", proposal.candidates());
            }
            case SCORE -> {
                details.put("rubric", reviews.rubricForReviewer(item.studyId(), user.id()));
                details.put("draft", reviews.draft(item.studyId(), user.id()).orElse(null));
            }
            case CONSENSUS -> {
                details.put("independentScores", reviews.independentScores(item.studyId()));
                details.put("reasons", reviews.consensusReasons(item.studyId()));
                details.put("rubric", reviews.rubricOf(item.studyId()));
            }
            case VERDICT -> {
                VerdictProposal proposal = reviews.verdictProposal(item.studyId());
                details.put("consolidated", proposal.consolidated());
                details.put("computedVerdict", proposal.computedVerdict());
                details.put("computedExemplary", proposal.computedExemplary());
            }
            case DRAFT_ADVICE, APPROVE_ADVICE -> details.put("round", advice.round(item.year()));
            default -> { }
        }
        return details;
    }
}
