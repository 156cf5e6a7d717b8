package nl.methodetoets.review.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.methodetoets.common.DomainException;
import nl.methodetoets.common.UserMessages;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Organisation;
import nl.methodetoets.review.ConflictsOfInterest;
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
    private final ConflictsOfInterest conflicts;
    private final Identity identity;
    private final UserMessages messages;

    ConflictPageController(ConflictsOfInterest conflicts, Identity identity, UserMessages messages) {
        this.conflicts = conflicts;
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/conflicts")
    String conflicts(Authentication who, Model model) {
        var organisations = identity.organisations();
        Map<String, String> names = organisations.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        model.addAttribute("conflicts", conflicts.of(who.getName()));
        model.addAttribute("organisations", organisations);
        model.addAttribute("organisationNames", names);
        model.addAttribute("own", identity.current(who).organisation());
        return "review/conflicts";
    }

    @PostMapping("/conflicts")
    String declare(@RequestParam(required = false) String organisation, @RequestParam(required = false) String reason,
                   Authentication who, RedirectAttributes flash, Locale locale) {
        try {
            conflicts.declare(who.getName(), organisation, reason);
            flash.addFlashAttribute("saved", true);
        } catch (DomainException e) {
            flash.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/conflicts";
    }
}
