package nl.methodetoets.identity.web;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.methodetoets.identity.AccountLockedException;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.LoginLockout;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The users page for administrators: every account, which are locked after wrong passwords and until when. */
@Controller
class UsersPageController {
    private final Identity identity;
    private final LoginLockout lockout;

    UsersPageController(Identity identity, LoginLockout lockout) {
        this.identity = identity;
        this.lockout = lockout;
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasRole('ADMIN')")
    String users(Model model) {
        Map<String, ZonedDateTime> locked = new LinkedHashMap<>();
        lockout.activeLocks().forEach((account, until) -> locked.put(account, AccountLockedException.shown(until)));
        model.addAttribute("users", identity.users(null));
        model.addAttribute("organisations", identity.organisationNames());
        model.addAttribute("locked", locked);
        model.addAttribute("maxFailures", lockout.maxFailures());
        model.addAttribute("lockMinutes", lockout.duration().toMinutes());
        return "identity/users";
    }

    /** Lifts the lock at once (and clears the count of wrong passwords). */
    @PostMapping("/admin/users/{id}/unlock")
    @PreAuthorize("hasRole('ADMIN')")
    String unlock(@PathVariable String id, RedirectAttributes flash) {
        String userId = identity.existingUser(id).id();
        lockout.lift(userId);
        flash.addFlashAttribute("unlocked", userId);
        return "redirect:/admin/users";
    }
}
