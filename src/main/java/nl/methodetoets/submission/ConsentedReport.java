package nl.methodetoets.submission;

import java.nio.file.Path;

/** The latest report of a published study whose submitter consented to its publication: the file and its SHA-256. */
public record ConsentedReport(String studyId, Path file, String sha256) {

    /** The name the report downloads under, as from the study's own pages. */
    public String fileName() {
        return "rapport-" + studyId + ".pdf";
    }
}
