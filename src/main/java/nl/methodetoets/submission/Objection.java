package nl.methodetoets.submission;

import java.time.OffsetDateTime;

/**
 * An objection against a study's verdict (DOMAIN.md "Objection"): the submitter's written grounds with an optional
 * PDF, the verdict and exemplary flag it contests, the secretariat's remarks on admissibility and the chair's
 * decision. {@code filedBy} is for access checks and the timeline only: no view shows who objected.
 */
public record Objection(String id, String studyId, ObjectionStatus status, String grounds, OffsetDateTime filed,
                        String filedBy, int originalVerdict, boolean originalExemplary, String remarks, Integer newVerdict,
                        Boolean newExemplary, String motivation, OffsetDateTime decided, Attachment attachment) {

    /** The attached PDF's facts (the file itself is served by its own endpoint). */
    public record Attachment(String sha256, int pages, long bytes) {
    }

    public boolean open() {
        return status.open();
    }

    /** The verdict once decided: the new one when upheld, else the contested one, which stands; null while open. */
    public Integer verdict() {
        if (open()) {
            return null;
        }
        return status == ObjectionStatus.UPHELD ? newVerdict : Integer.valueOf(originalVerdict);
    }

    /** The exemplary flag once decided, as {@link #verdict()}. */
    public Boolean exemplary() {
        if (open()) {
            return null;
        }
        return status == ObjectionStatus.UPHELD ? newExemplary : Boolean.valueOf(originalExemplary);
    }
}
