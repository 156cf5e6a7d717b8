package nl.methodetoets.web;

import nl.methodetoets.identity.Identity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Login page and "Mijn taken", the page everyone lands on. */
@Controller
class HomeController {
    private final TaskWork work;
    private final Identity identity;

    HomeController(TaskWork work, Identity identity) {
        this.work = work;
        this.identity = identity;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Authentication who, Model model) {
        model.addAttribute("tasks", work.list(identity.current(who)));
        return "web/home";
    }
}
