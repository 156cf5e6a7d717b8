package nl.methodetoets.identity.web;

import java.util.Locale;
import nl.methodetoets.common.DomainException;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.common.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mijn belangen": a reviewer declares organisations they must not review for (belangenverstrengeling). */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class ConflictPageController {
    private final Identity identity;
    private final UserMessages messages;

    ConflictPageController(Identity identity, UserMessages messages) {
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/conflicts")
    String conflicts(Authentication who, Model model) {
        model.addAttribute("conflicts", identity.conflicts(who.getName()));
        model.addAttribute("organisations", identity.organisations());
        model.addAttribute("own", identity.current(who).organisation());
        return "review/conflicts";
    }

    @PostMapping("/conflicts")
    String declare(@RequestParam(required = false) String organisation, @RequestParam(required = false) String reason,
                   Authentication who, RedirectAttributes flash, Locale locale) {
        try {
            identity.declareConflict(who.getName(), organisation, reason);
            flash.addFlashAttribute("saved", true);
        } catch (DomainException e) {
            flash.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/conflicts";
    }
}
