package nl.methodetoets.submission.web;

import jakarta.servlet.http.HttpServletRequest;
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
 * look like. These two are set here, on the responses that carry uploaded content, not application-wide.
 *
 * <p>Chromium refuses to start its PDF viewer in a sandboxed document (crbug 413851: "This page has been blocked"),
 * so a sandboxed report cannot be shown in Chrome or Edge at all. Hence two ways out:
 * <ul>
 *   <li>{@link #download}: the report as a file ({@code attachment}), sandboxed and {@code nosniff}: the links on the
 *       pages and the API. The browser saves it or hands it to the user's PDF reader.</li>
 *   <li>{@link #framed}: the one view that must show the PDF inside a page, the report beside the score form. It is
 *       served only into a frame of this application: {@code frame-ancestors 'self'}, {@code nosniff},
 *       {@code Cross-Origin-Resource-Policy: same-origin}, and a browser that says it is navigating to it as a page
 *       of its own ({@code Sec-Fetch-Dest: document}) gets the sandboxed download instead. What it may contain was
 *       decided at intake: no JavaScript, launch actions or embedded files (submission/ReportStructure).</li>
 * </ul>
 */
final class ReportResponses {
    static final String SANDBOX = "sandbox";

    private ReportResponses() {
    }

    static ResponseEntity<Resource> download(String studyId, Path file) {
        return downloadAs(fileName(studyId), file);
    }

    /** Another uploaded PDF (an objection's attachment) under its own file name, served the same way. */
    static ResponseEntity<Resource> downloadAs(String fileName, Path file) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Content-Security-Policy", SANDBOX)
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }

    static ResponseEntity<Resource> framed(String studyId, Path file, HttpServletRequest request) {
        if ("document".equals(request.getHeader("Sec-Fetch-Dest"))) {
            return download(studyId, file);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + fileName(studyId) + "\"")
                .header("Content-Security-Policy", "frame-ancestors 'self'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cross-Origin-Resource-Policy", "same-origin")
                .body(new FileSystemResource(file));
    }

    private static String fileName(String studyId) {
        return "rapport-" + studyId + ".pdf";
    }
}
