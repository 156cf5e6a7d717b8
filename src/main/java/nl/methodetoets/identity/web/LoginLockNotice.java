package nl.methodetoets.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.ZonedDateTime;
import nl.methodetoets.identity.AccountLockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the login page that the last sign-in was refused because the account is temporarily locked, and until
 * when ({@code loginLockedUntil}, Dutch time), so it says so instead of "wrong password".
 */
@ControllerAdvice
class LoginLockNotice {
    @ModelAttribute("loginLockedUntil")
    ZonedDateTime loginLockedUntil(HttpServletRequest request) {
        if (!"/login".equals(request.getServletPath()) || request.getParameter("error") == null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof AccountLockedException locked ? locked.getShownUntil() : null;
    }
}
