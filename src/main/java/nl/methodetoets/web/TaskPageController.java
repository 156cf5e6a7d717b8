package nl.methodetoets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.common.UserMessages;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.UserAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task page of the browser UI: a shell that includes the form fragment of the task's handler. A posted form
 * becomes, through that handler, the same body the JSON API takes.
 */
@Controller
class TaskPageController {
    private final TaskDetails details;
    private final TaskCompletion completion;
    private final Identity identity;
    private final UserMessages messages;

    TaskPageController(TaskDetails details, TaskCompletion completion, Identity identity, UserMessages messages) {
        this.details = details;
        this.completion = completion;
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/tasks/{id}")
    @SuppressWarnings("unchecked")
    String task(@PathVariable String id, Authentication who, Model model) {
        // a form posted elsewhere for this task (the completion's upload) comes back here with its errors and values
        boolean failed = id.equals(model.getAttribute(SentForm.FAILED_TASK));
        Map<String, String> errors = failed ? (Map<String, String>) model.getAttribute(SentForm.FAILED_ERRORS) : Map.of();
        SentForm sent = failed ? SentForm.of((MultiValueMap<String, String>) model.getAttribute(SentForm.FAILED_SENT)) : SentForm.none();
        UserAccount user = identity.current(who);
        try {
            return show(id, user, model, errors, sent);
        } catch (NotFoundException gone) {
            // an old link to a task this user finished: say so, and where to see what they did
            TaskDetails.Done done = details.finished(id, user).orElseThrow(() -> gone);
            model.addAttribute("done", done);
            return "web/task-done";
        }
    }

    @PostMapping("/tasks/{id}")
    String complete(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Authentication who,
                    Model model, Locale locale, RedirectAttributes flash, HttpServletResponse response) {
        UserAccount user = identity.current(who);
        try {
            completion.completeForm(id, form, user);
            // the intake queue posts its decisions here too, and wants the secretariat back in the queue
            return "intake".equals(form.getFirst("returnTo")) ? "redirect:/intake?done" : "redirect:/?done";
        } catch (InvalidInputException e) {
            Map<String, String> errors = messages.byField(e, locale);
            if ("intake".equals(form.getFirst("returnTo"))) {
                // the secretariat stays in the queue, which shows the errors in this study's block
                flash.addFlashAttribute(SentForm.FAILED_TASK, id);
                flash.addFlashAttribute(SentForm.FAILED_ERRORS, errors);
                flash.addFlashAttribute(SentForm.FAILED_SENT, new LinkedMultiValueMap<>(form));
                return "redirect:/intake";
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value()); // the form again, with what was refused
            return show(id, user, model, errors, SentForm.of(form));
        }
    }

    /** A draft obeys the limits of sent scores: when it does not, the form comes back with the errors, as typed. */
    @PostMapping("/tasks/{id}/draft")
    String draft(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Authentication who,
                 Model model, Locale locale, HttpServletResponse response) {
        UserAccount user = identity.current(who);
        try {
            completion.saveDraftForm(id, form, user);
            return "redirect:/tasks/" + id + "?draftSaved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return show(id, user, model, messages.byField(e, locale), SentForm.of(form));
        }
    }

    /** {@code sent}: what a form that failed validation sent, so it comes back as the user left it. */
    private String show(String id, UserAccount user, Model model, Map<String, String> errors, SentForm sent) {
        TaskDetails.Shown shown = details.show(id, user);
        model.addAttribute("task", shown.task());
        model.addAttribute("page", shown.page());
        model.addAttribute("form", shown.page().form());
        model.addAttribute("organisationNames", identity.organisationNames()); // submission/fragments :: facts names them
        model.addAttribute("errors", errors);
        model.addAttribute("sent", sent);
        return "web/task";
    }
}
