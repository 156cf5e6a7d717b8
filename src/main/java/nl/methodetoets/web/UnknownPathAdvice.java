package nl.methodetoets.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path that no controller and no static file answers: a signed-in browser gets the site's own "not found" page in
 * its language, anyone else (the API, a script) a problem detail in the language of {@code Accept-Language} — never
 * Spring's default, which named the missing "static resource" in English.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPathAdvice {
    private final MessageSource texts;

    UnknownPathAdvice(MessageSource texts) {
        this.texts = texts;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object unknownPath(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") && wantsHtml(request)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            ModelAndView page = new ModelAndView("error");
            page.setStatus(HttpStatus.NOT_FOUND);
            page.addObject("status", HttpStatus.NOT_FOUND.value());
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                texts.getMessage("error.notFound", null, locale));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try { // a browser names text/html; an API client JSON or */*
            return MediaType.parseMediaTypes(accept).stream().anyMatch(t -> t.equalsTypeAndSubtype(MediaType.TEXT_HTML));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }
}
