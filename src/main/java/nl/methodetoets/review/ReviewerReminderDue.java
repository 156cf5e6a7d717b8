package nl.methodetoets.review;

/** A scoring task nears its due date ({@code overdue} false) or passed it (true: the secretariat is told). */
public record ReviewerReminderDue(String studyId, String reviewerId, boolean overdue) {
}
