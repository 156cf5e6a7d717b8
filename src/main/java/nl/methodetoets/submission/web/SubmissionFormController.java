package nl.methodetoets.submission.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import nl.methodetoets.web.SentForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
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
        prepareForm(model, user(who), Map.of(), SentForm.none());
        return "submission/new";
    }

    /** A submission that fails validation comes back with every field as sent; the file must be chosen again. */
    @PostMapping("/studies/new")
    String submit(@RequestParam MultiValueMap<String, String> form, @RequestParam(value = "themes", required = false) List<String> themes,
                  @RequestParam(value = "report", required = false) MultipartFile report, Authentication who,
                  HttpServletRequest httpRequest, HttpServletResponse response, Model model, Locale locale) {
        UserAccount user = user(who);
        try {
            String organisation = form.getFirst("organisation");
            MetadataRequest request = new MetadataRequest(form.getFirst("title"), lines(form.getFirst("authors")),
                    organisation == null ? user.organisation() : organisation, blankToNull(form.getFirst("commissionedBy")),
                    parseYear(form.getFirst("year")), form.getFirst("studyType"), lines(form.getFirst("wijken")), themes,
                    form.getFirst("summary"), "true".equals(form.getFirst("publicReport")));
            StudyMetadata metadata = request.toMetadata();
            IdempotencyKey key = IdempotencyKey.of(user.id(), "POST", httpRequest.getRequestURI(), blankToNull(form.getFirst(TOKEN)));
            IdempotentResponse done = uploads.submit(metadata, request.toString(), Uploads.chosen(report), key, user,
                    study -> new IdempotentResponse(303, "/studies/" + study.id() + "?submitted", null));
            return "redirect:" + done.location();
        } catch (InvalidInputException e) {
            Map<String, String> errors = messages.byField(e, locale);
            LinkedMultiValueMap<String, String> sent = new LinkedMultiValueMap<>(form);
            sent.remove("report");
            if (report != null && report.getOriginalFilename() != null && !report.getOriginalFilename().isBlank()) {
                sent.add("report", report.getOriginalFilename()); // named beside the file field: "kies het bestand opnieuw"
            }
            prepareForm(model, user, errors, SentForm.of(sent));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value()); // the form again, with what was refused
            return "submission/new";
        }
    }

    private void prepareForm(Model model, UserAccount user, Map<String, String> errors, SentForm sent) {
        model.addAttribute("errors", errors);
        model.addAttribute("sent", sent);
        model.addAttribute(TOKEN, UUID.randomUUID().toString());
        model.addAttribute("maxReportBytes", reports.maxBytes());
        model.addAttribute("maxReportMegabytes", reports.maxMegabytes());
        model.addAttribute("organisations", identity.studyOrganisations());
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
