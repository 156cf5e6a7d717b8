package nl.methodetoets.notification.web;

import nl.methodetoets.notification.Outbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The e-mail outbox for administrators: what was sent, what waits and why it failed. */
@Controller
class OutboxPageController {
    static final int SHOWN = 200;
    private final Outbox outbox;

    OutboxPageController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    @PreAuthorize("hasRole('ADMIN')")
    String outbox(Model model) {
        model.addAttribute("messages", outbox.latest(SHOWN));
        model.addAttribute("shown", SHOWN);
        model.addAttribute("deliveryEnabled", outbox.deliveryEnabled());
        return "notification/outbox";
    }
}
