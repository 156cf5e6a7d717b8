package nl.methodetoets.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.methodetoets.common.DomainException;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Refusals in the browser UI become the friendly error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiErrorAdvice {

    @ExceptionHandler({DomainException.class, AccessDeniedException.class})
    String refused(Exception e, HttpServletResponse response, Model model) {
        int status = e instanceof NotFoundException ? 404
                : e instanceof ForbiddenException || e instanceof AccessDeniedException ? 403 : 409;
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
