package nl.methodetoets.submission.web;

import java.util.Locale;
import nl.methodetoets.common.DomainException;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.common.UserMessages;
import nl.methodetoets.idempotency.IdempotencyKey;
import nl.methodetoets.idempotency.IdempotentResponse;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.ObjectionFilings;
import nl.methodetoets.submission.Objections;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The objection form on the study page (the same command as the API) and an objection's attachment for the browser.
 * A refused filing comes back on the study page with the messages by field and the grounds as typed.
 */
@Controller
class ObjectionPageController {
    static final String ERRORS = "objectionErrors";
    static final String GROUNDS = "objectionGrounds";
    private final ObjectionFilings filings;
    private final Objections objections;
    private final Identity identity;
    private final UserMessages messages;

    ObjectionPageController(ObjectionFilings filings, Objections objections, Identity identity, UserMessages messages) {
        this.filings = filings;
        this.objections = objections;
        this.identity = identity;
        this.messages = messages;
    }

    @PostMapping("/studies/{id}/objections")
    String file(@PathVariable String id, @RequestParam(required = false) String grounds,
                @RequestParam(value = "attachment", required = false) MultipartFile attachment,
                @RequestParam(required = false) String idempotencyKey, Authentication who, HttpServletRequest request,
                RedirectAttributes flash, Locale locale) {
        UserAccount user = identity.current(who);
        try {
            IdempotencyKey key = IdempotencyKey.of(user.id(), "POST", request.getRequestURI(), idempotencyKey);
            filings.file(id, grounds, Uploads.chosen(attachment), key, user, objection -> new IdempotentResponse(303, null, null));
            return "redirect:/studies/" + id + "?objected";
        } catch (NotFoundException | ForbiddenException e) {
            throw e;
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(ERRORS, messages.byField(e, locale));
            flash.addFlashAttribute(GROUNDS, grounds);
        } catch (DomainException e) {
            flash.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/studies/" + id + "#objection";
    }

    @GetMapping("/studies/{id}/objections/{objectionId}/attachment")
    ResponseEntity<Resource> attachment(@PathVariable String id, @PathVariable String objectionId, Authentication who) {
        return ReportResponses.downloadAs("bezwaar-" + objectionId + ".pdf",
                objections.attachment(id, objectionId, identity.current(who)));
    }
}
