package nl.methodetoets.review;

import org.springframework.modulith.NamedInterface;

/** A scoring task nears its due date ({@code overdue} false) or passed it (true: the secretariat is told). */
@NamedInterface("events")
public record ReviewerReminderDue(String studyId, String reviewerId, boolean overdue) {
}
