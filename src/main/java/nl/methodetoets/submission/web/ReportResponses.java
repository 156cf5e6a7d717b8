package nl.methodetoets.submission.web;

import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored report as the API and the pages serve it. The file came from a submitter, so it is served as an
 * untrusted document: {@code Content-Security-Policy: sandbox} makes the browser treat it as a page of a unique,
 * opaque origin without scripts, forms or pop-ups (nothing in it can act as this application or read its cookies),
 * and {@code X-Content-Type-Options: nosniff} stops a browser from taking it for HTML or script whatever its bytes
 * look like. These two are set here, on the one response that carries uploaded content, not application-wide.
 */
final class ReportResponses {
    static final String SANDBOX = "sandbox";

    private ReportResponses() {
    }

    static ResponseEntity<Resource> pdf(String studyId, Path file) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"rapport-" + studyId + ".pdf\"")
                .header("Content-Security-Policy", SANDBOX)
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }
}
