package nl.methodetoets.submission;

/**
 * Published (inside the transaction) whenever a study moves on; notifications listen to it.
 * {@code actor} is the user whose action caused the change, or null when the system or the process did.
 */
public record StudyStatusChanged(String studyId, StudyStatus status, String note, String actor) {

    public StudyStatusChanged(String studyId, StudyStatus status, String note) {
        this(studyId, status, note, null);
    }
}
