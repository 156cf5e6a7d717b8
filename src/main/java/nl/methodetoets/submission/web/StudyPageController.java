package nl.methodetoets.submission.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.methodetoets.common.DomainException;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.StudyType;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.submission.Theme;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Study pages of the browser UI: list, submit, the study with its timeline, report download and withdrawal. */
@Controller
class StudyPageController {
    private final SubmissionManagement submissions;
    private final Identity identity;
    private final MessageSource messages;

    StudyPageController(SubmissionManagement submissions, Identity identity, MessageSource messages) {
        this.submissions = submissions;
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/studies")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) StudyStatus status,
                Authentication who, Model model) {
        model.addAttribute("studies", submissions.studies(year, status, user(who)));
        model.addAttribute("statuses", StudyStatus.values());
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        return "submission/studies";
    }

    @GetMapping("/studies/{id}")
    String study(@PathVariable String id, Authentication who, Model model) {
        UserAccount user = user(who);
        Study study = submissions.study(id, user);
        boolean submitterOnly = user.roles().stream().allMatch(r -> r == Role.SUBMITTER);
        boolean assessed = study.status() == StudyStatus.ASSESSED || study.status() == StudyStatus.PUBLISHED;
        model.addAttribute("study", study);
        model.addAttribute("assessment", submitterOnly && !assessed ? null : submissions.assessment(id).orElse(null));
        model.addAttribute("mayWithdraw", study.status().withdrawable()
                && (user.has(Role.SECRETARIAT) || (user.has(Role.SUBMITTER) && study.organisation().equals(user.organisation()))));
        return "submission/study";
    }

    @GetMapping("/studies/{id}/report")
    ResponseEntity<Resource> report(@PathVariable String id, Authentication who) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"rapport-" + id + ".pdf\"")
                .body(new FileSystemResource(submissions.latestReport(id, user(who))));
    }

    @PostMapping("/studies/{id}/report")
    String newVersion(@PathVariable String id, @RequestParam("report") MultipartFile report,
                      @RequestParam(required = false) String task, Authentication who, RedirectAttributes flash,
                      Locale locale) throws IOException {
        try {
            submissions.addReportVersion(id, report.getInputStream(), user(who));
        } catch (DomainException e) {
            flash.addFlashAttribute("error", describe(e, locale));
        }
        return task != null ? "redirect:/tasks/" + task : "redirect:/studies/" + id;
    }

    @PostMapping("/studies/{id}/withdraw")
    String withdraw(@PathVariable String id, Authentication who) {
        submissions.withdraw(id, user(who));
        return "redirect:/studies/" + id;
    }

    @GetMapping("/studies/new")
    @PreAuthorize("hasAnyRole('SUBMITTER','SECRETARIAT')")
    String form(Authentication who, Model model) {
        prepareForm(model, user(who), Map.of(), Map.of());
        return "submission/new";
    }

    @PostMapping("/studies/new")
    @PreAuthorize("hasAnyRole('SUBMITTER','SECRETARIAT')")
    String submit(@RequestParam Map<String, String> form, @RequestParam(value = "themes", required = false) List<String> themes,
                  @RequestParam(value = "report", required = false) MultipartFile report, Authentication who,
                  Model model, Locale locale) throws IOException {
        UserAccount user = user(who);
        try {
            MetadataRequest metadata = new MetadataRequest(form.get("title"), lines(form.get("authors")),
                    form.getOrDefault("organisation", user.organisation()), blankToNull(form.get("commissionedBy")),
                    parseYear(form.get("year")), form.get("studyType"), lines(form.get("wijken")), themes, form.get("summary"));
            Study study = submissions.submit(metadata.toMetadata(),
                    report == null || report.isEmpty() ? null : report.getInputStream(), user);
            return "redirect:/studies/" + study.id() + "?submitted";
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(err -> errors.put(err.field(), messages.getMessage(err.messageKey(), err.args(), err.messageKey(), locale)));
            prepareForm(model, user, errors, form);
            return "submission/new";
        }
    }

    private void prepareForm(Model model, UserAccount user, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("organisations", identity.organisations());
        model.addAttribute("ownOrganisation", user.organisation());
        model.addAttribute("mayChooseOrganisation", user.has(Role.SECRETARIAT));
        model.addAttribute("studyTypes", StudyType.values());
        model.addAttribute("themes", Theme.values());
    }

    private String describe(DomainException e, Locale locale) {
        if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            var first = invalid.errors().get(0);
            return messages.getMessage(first.messageKey(), first.args(), first.messageKey(), locale);
        }
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
    }

    private UserAccount user(Authentication who) {
        return identity.existingUser(who.getName());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n,;]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer parseYear(String year) {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
