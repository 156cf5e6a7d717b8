package nl.methodetoets.submission;

public record CompletionReminderDue(String studyId) {
}
