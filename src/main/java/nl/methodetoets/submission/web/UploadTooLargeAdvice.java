package nl.methodetoets.submission.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.methodetoets.common.ProblemResponses;
import nl.methodetoets.submission.StudyReports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * 413 for an upload over the cap, naming the configured cap in the caller's language. Multipart parsing fails
 * before a controller is chosen, so advice bound to controller types never sees it: this one applies to every
 * request and answers problem details on the API, the error page in the browser UI.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {
    private final StudyReports reports;
    private final MessageSource messages;
    private final ObjectMapper json;

    private final long maxMetadataBytes;

    UploadTooLargeAdvice(StudyReports reports, MessageSource messages, ObjectMapper json,
                         @Value("${methodetoets.api.max-json-bytes}") long maxMetadataBytes) {
        this.reports = reports;
        this.maxMetadataBytes = maxMetadataBytes;
        this.messages = messages;
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response,
                          Locale locale) throws IOException {
        HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
        boolean fields = !fileTooLarge(e);
        String detail = fields
                ? messages.getMessage("validation.metadataTooLarge", new Object[] {megabytes(maxMetadataBytes)}, locale)
                : messages.getMessage("report.tooLarge", new Object[] {reports.maxMegabytes()}, locale);
        response.setStatus(status.value());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemResponses.write(response, json, status, detail, request.getRequestURI(),
                    Map.of("errors", List.of(Map.of("field", fields ? "metadata" : "report", "message", detail))));
            return null; // written: nothing to render
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("message", detail);
        return page;
    }

    /**
     * Whether the file (or the whole request) was over the cap; otherwise the text fields were: the container
     * holds them in memory and caps them at {@code server.tomcat.max-http-form-post-size}, which follows
     * {@code methodetoets.api.max-json-bytes}.
     */
    static boolean fileTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("FileSizeLimitExceededException") || name.equals("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
