package nl.methodetoets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.methodetoets.common.ConflictException;
import nl.methodetoets.common.DomainException;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.NotFoundException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.methodetoets.common.UserMessages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal of the JSON API into RFC 9457 problem details, worded in the caller's language
 * (Dutch unless {@code Accept-Language} prefers English), with {@code errors} for validation problems.
 * An upload over the size cap fails before any controller is chosen; the submission module's advice answers it,
 * ahead of this one (hence the order), so its 413 names the configured cap.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1)
class ProblemDetailsHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);
    private final UserMessages messages;

    ProblemDetailsHandler(UserMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, Locale locale) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(err -> Map.of("field", err.field(), "message", text(err.messageKey(), err.args(), locale))).toList();
        boolean unreadableFile = e.errors().stream().allMatch(err -> err.messageKey().startsWith("report."));
        boolean tooLarge = e.errors().stream().anyMatch(err -> err.messageKey().equals("report.tooLarge")
                || err.messageKey().equals("validation.metadataTooLarge"));
        String detail = errors.size() == 1 ? errors.get(0).get("message") : text("error.validation", null, locale);
        HttpStatus status = tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE
                : unreadableFile ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = problem(status, detail);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @ExceptionHandler({NotFoundException.class, ForbiddenException.class, ConflictException.class})
    ResponseEntity<ProblemDetail> domain(DomainException e, Locale locale) {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof ForbiddenException ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        return respond(problem(status, text(e.messageKey(), e.args(), locale)));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(Locale locale) {
        return respond(problem(HttpStatus.FORBIDDEN, text("error.forbidden", null, locale)));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestPartException.class,
            MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputGate.JsonBodyTooLargeException tooLarge) {
                return respond(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                        text("validation.jsonTooLarge", new Object[] {InputGate.size(tooLarge.max)}, locale)));
            }
        }
        return respond(problem(HttpStatus.BAD_REQUEST, text("validation.body", null, locale)));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(Locale locale) {
        return respond(problem(HttpStatus.NOT_FOUND, text("error.notFound", null, locale)));
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ProblemDetail> busy(Locale locale) {
        return respond(problem(HttpStatus.CONFLICT, text("error.concurrent", null, locale)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request, Locale locale) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.unexpected", null, locale)));
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.text(key, args, locale);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
