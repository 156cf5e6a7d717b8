package nl.methodetoets.submission;

import org.springframework.modulith.NamedInterface;

/**
 * Published (inside the transaction) whenever a study's timeline grows; notifications listen to it and decide by
 * {@code kind}. {@code actor} is the user whose action caused it, or null when the system or the process did.
 * {@code note} is the entry's text in Dutch, the language of the mails, to quote — never to decide on.
 */
@NamedInterface("events")
public record StudyStatusChanged(String studyId, StudyStatus status, TimelineKind kind, String actor, String note) {
}
