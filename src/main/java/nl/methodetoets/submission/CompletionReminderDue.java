package nl.methodetoets.submission;

import org.springframework.modulith.NamedInterface;

@NamedInterface("events")
public record CompletionReminderDue(String studyId) {
}
