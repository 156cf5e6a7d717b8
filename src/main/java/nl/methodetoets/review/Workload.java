package nl.methodetoets.review;

/** A reviewer's load: open scoring tasks, how many are overdue, how many were submitted and the mean turnaround. */
public record Workload(String reviewerId, int openTasks, int overdue, int submitted, Double meanTurnaroundDays) {
}
