package nl.methodetoets.submission.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.idempotency.IdempotencyKey;
import nl.methodetoets.idempotency.IdempotentResponse;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.ReportUploads;
import nl.methodetoets.submission.StudyMetadata;
import nl.methodetoets.submission.StudyReports;
import nl.methodetoets.submission.StudyType;
import nl.methodetoets.submission.Theme;
import nl.methodetoets.common.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Studie indienen" in the browser. Each rendering of the form carries a one-time token that serves as the
 * submission's idempotency key: a double click, or a resend after a lost response, creates one study.
 */
@Controller
@PreAuthorize("hasAnyRole('SUBMITTER','SECRETARIAT')")
class SubmissionFormController {
    static final String TOKEN = "idempotencyKey";
    private final ReportUploads uploads;
    private final StudyReports reports;
    private final Identity identity;
    private final UserMessages messages;

    SubmissionFormController(ReportUploads uploads, StudyReports reports, Identity identity, UserMessages messages) {
        this.uploads = uploads;
        this.reports = reports;
        this.identity = identity;
        this.messages = messages;
    }

    @GetMapping("/studies/new")
    String form(Authentication who, Model model) {
        prepareForm(model, user(who), Map.of(), Map.of());
        return "submission/new";
    }

    @PostMapping("/studies/new")
    String submit(@RequestParam Map<String, String> form, @RequestParam(value = "themes", required = false) List<String> themes,
                  @RequestParam(value = "report", required = false) MultipartFile report, Authentication who,
                  HttpServletRequest httpRequest, Model model, Locale locale) {
        UserAccount user = user(who);
        try {
            MetadataRequest request = new MetadataRequest(form.get("title"), lines(form.get("authors")),
                    form.getOrDefault("organisation", user.organisation()), blankToNull(form.get("commissionedBy")),
                    parseYear(form.get("year")), form.get("studyType"), lines(form.get("wijken")), themes, form.get("summary"));
            StudyMetadata metadata = request.toMetadata();
            IdempotencyKey key = IdempotencyKey.of(user.id(), "POST", httpRequest.getRequestURI(), blankToNull(form.get(TOKEN)));
            IdempotentResponse done = uploads.submit(metadata, request.toString(), Uploads.chosen(report), key, user,
                    study -> new IdempotentResponse(303, "/studies/" + study.id() + "?submitted", null));
            return "redirect:" + done.location();
        } catch (InvalidInputException e) {
            Map<String, String> errors = messages.byField(e, locale);
            prepareForm(model, user, errors, form);
            return "submission/new";
        }
    }

    private void prepareForm(Model model, UserAccount user, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute(TOKEN, UUID.randomUUID().toString());
        model.addAttribute("maxReportBytes", reports.maxBytes());
        model.addAttribute("maxReportMegabytes", reports.maxMegabytes());
        model.addAttribute("organisations", identity.organisations());
        model.addAttribute("ownOrganisation", user.organisation());
        model.addAttribute("mayChooseOrganisation", user.has(Role.SECRETARIAT));
        model.addAttribute("studyTypes", StudyType.values());
        model.addAttribute("themes", Theme.values());
    }

    private UserAccount user(Authentication who) {
        return identity.current(who);
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
