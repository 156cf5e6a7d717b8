package nl.methodetoets.submission;

/** Published (inside the transaction) whenever a study moves on; notifications listen to it. */
public record StudyStatusChanged(String studyId, StudyStatus status, String note) {
}
