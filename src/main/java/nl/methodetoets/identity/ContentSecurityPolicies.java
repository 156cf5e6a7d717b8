package nl.methodetoets.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Writes the Content-Security-Policy by what the response is, when it is committed (and only when the response has
 * none of its own, e.g. a report served with {@code sandbox}): an HTML page gets the page policy; JSON and problem
 * details {@code default-src 'none'}; a file (a report PDF, a preview image) only {@code frame-ancestors 'self'}:
 * Chrome shows a PDF through its own viewer, which {@code object-src 'none'} or {@code style-src 'self'} on the PDF's
 * response would block (so the report beside the score form would stay empty).
 */
final class ContentSecurityPolicies implements HeaderWriter {
    static final String HEADER = "Content-Security-Policy";
    /** JSON and problem details: nothing in them runs or loads anything. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'self'";
    /** Files shown by the browser itself (PDF viewer, images): framed by our own pages only. */
    static final String FILE_POLICY = "frame-ancestors 'self'";
    private final String pagePolicy;

    ContentSecurityPolicies(String pagePolicy) {
        this.pagePolicy = pagePolicy;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, policyFor(response.getContentType()));
        }
    }

    String policyFor(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            return pagePolicy; // a page, or a redirect or error without a body: the strictest that fits a page
        }
        if (type.contains("json") || type.startsWith("text/") || type.contains("xml")) {
            return DATA_POLICY;
        }
        return FILE_POLICY;
    }
}
