package nl.methodetoets.web;

import java.util.List;
import java.util.Map;

/** The bodies of {@code POST /api/tasks/{id}/complete}, one per task type (API.md). */
final class TaskForms {
    private TaskForms() {
    }

    record Intake(String decision, String remarks, Boolean possibleExample) {
    }

    record CompleteSubmission(String remarks) {
    }

    record AssignReviewers(List<String> reviewers) {
    }

    record Score(Map<String, Integer> scores, Map<String, String> comments, Map<String, String> pages, String summary,
                 Boolean conflictOfInterest, String reason) {
    }

    record Consensus(Map<String, Integer> scores, String rationale) {
    }

    record Verdict(Integer verdict, Boolean exemplary, String motivation) {
    }

    record DraftAdvice(String conclusions, String recommendations) {
    }

    record ApproveAdvice(Boolean approved, String remarks) {
    }
}
