package nl.methodetoets.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.methodetoets.submission.StudyReviewProcess;

/** The kinds of work in a task list (API.md), mapped from the BPMN user task ids. */
enum TaskType {
    INTAKE(StudyReviewProcess.TASK_INTAKE),
    COMPLETE_SUBMISSION(StudyReviewProcess.TASK_COMPLETE_SUBMISSION),
    ASSIGN_REVIEWERS(StudyReviewProcess.TASK_ASSIGN_REVIEWERS, StudyReviewProcess.TASK_ASSIGN_REPLACEMENT),
    SCORE(StudyReviewProcess.TASK_SCORE),
    CONSENSUS(StudyReviewProcess.TASK_CONSENSUS),
    VERDICT(StudyReviewProcess.TASK_VERDICT),
    DRAFT_ADVICE("Task_DraftAdvice"),
    APPROVE_ADVICE("Task_ApproveAdvice");

    private final List<String> taskKeys;

    TaskType(String... taskKeys) {
        this.taskKeys = List.of(taskKeys);
    }

    static Optional<TaskType> of(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(t -> t.taskKeys.contains(taskDefinitionKey)).findFirst();
    }

    boolean isAdvice() {
        return this == DRAFT_ADVICE || this == APPROVE_ADVICE;
    }
}
