package nl.methodetoets.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The bodies of {@code POST /api/tasks/{id}/complete}, one per task type (API.md). */
final class TaskForms {
    private TaskForms() {
    }

    /**
     * {@code deadline} (optional, only with REQUEST_COMPLETION): the last day to complete, e.g. "2013-02-01";
     * {@code possibleExample}: the study then gets three reviewers.
     */
    record Intake(String decision, String remarks, LocalDate deadline, Boolean possibleExample) {
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
