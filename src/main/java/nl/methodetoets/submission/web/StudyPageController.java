package nl.methodetoets.submission.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.methodetoets.common.ConflictRetry;
import nl.methodetoets.common.DomainException;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.idempotency.IdempotencyKey;
import nl.methodetoets.idempotency.IdempotentResponse;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.Objections;
import nl.methodetoets.submission.ReportUploads;
import nl.methodetoets.submission.ReviewFacts;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyReports;
import nl.methodetoets.submission.StudySearch;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.StudyType;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.submission.Theme;
import nl.methodetoets.common.UserMessages;
import org.springframework.context.MessageSource;
import nl.methodetoets.web.SentForm;
import nl.methodetoets.web.TaskCompletion;
import nl.methodetoets.web.TaskWork;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Study pages of the browser UI: the searchable list ("Mijn studies" for a submitter), the study with its timeline,
 * report download and first-page preview, a new report version and withdrawal.
 */
@Controller
class StudyPageController {
    private final SubmissionManagement submissions;
    private final StudyReports reports;
    private final ReportUploads uploads;
    private final Identity identity;
    private final UserMessages messages;
    private final ReviewFacts reviewFacts;
    private final MessageSource texts;
    private final TaskWork work;
    private final TaskCompletion completion;
    private final Objections objections;

    StudyPageController(SubmissionManagement submissions, StudyReports reports, ReportUploads uploads,
                        Identity identity, UserMessages messages, ReviewFacts reviewFacts, MessageSource texts,
                        TaskWork work, TaskCompletion completion, Objections objections) {
        this.objections = objections;
        this.work = work;
        this.completion = completion;
        this.submissions = submissions;
        this.reports = reports;
        this.uploads = uploads;
        this.identity = identity;
        this.messages = messages;
        this.reviewFacts = reviewFacts;
        this.texts = texts;
    }

    @GetMapping("/studies")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) StudyStatus status,
                @RequestParam(required = false) String organisation, @RequestParam(required = false) Theme theme,
                @RequestParam(required = false) StudyType studyType, @RequestParam(required = false) String q,
                Authentication who, Model model) {
        UserAccount user = user(who);
        StudySearch search = new StudySearch(year, status, organisation, theme, studyType, q);
        boolean ownOrganisationOnly = submissions.seesOnlyOwnOrganisation(user);
        model.addAttribute("studies", submissions.studies(search, user));
        model.addAttribute("organisationNames", identity.organisationNames());
        model.addAttribute("search", search);
        model.addAttribute("mine", ownOrganisationOnly);
        model.addAttribute("organisations", ownOrganisationOnly ? List.of() : identity.studyOrganisations());
        model.addAttribute("statuses", StudyStatus.values());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("studyTypes", StudyType.values());
        return "submission/studies";
    }

    @GetMapping("/studies/{id}")
    String study(@PathVariable String id, Authentication who, Model model, Locale locale) {
        UserAccount user = user(who);
        Study study = submissions.study(id, user);
        model.addAttribute("study", study);
        model.addAttribute("progress", StudyProgress.of(study, reviewFacts::scoresDue, texts, locale));
        model.addAttribute("organisationNames", identity.organisationNames());
        model.addAttribute("assessment", submissions.assessment(id, user).orElse(null));
        model.addAttribute("mayWithdraw", submissions.mayWithdraw(study, user));
        model.addAttribute("mayChangePublicReport", submissions.mayChangePublicReport(study, user));
        model.addAttribute("objections", objections.maySeeObjections(study, user) ? objections.objections(id, user) : List.of());
        boolean mayObject = objections.mayFile(study, user);
        model.addAttribute("mayObject", mayObject);
        model.addAttribute("objectionLastDay", mayObject ? objections.lastDay(study) : null);
        return "submission/study";
    }

    @GetMapping("/studies/{id}/report")
    ResponseEntity<Resource> report(@PathVariable String id, Authentication who) {
        return ReportResponses.download(id, submissions.latestReport(id, user(who)));
    }

    /** The report inside the score page's frame (see ReportResponses: Chromium shows no sandboxed PDF). */
    @GetMapping("/studies/{id}/report/view")
    ResponseEntity<Resource> reportInFrame(@PathVariable String id, Authentication who, HttpServletRequest request) {
        return ReportResponses.framed(id, submissions.latestReport(id, user(who)), request);
    }

    /** Page 1 of the latest version; the page links it with {@code ?v=<version>}, so it may be cached a while. */
    @GetMapping("/studies/{id}/preview.png")
    ResponseEntity<Resource> preview(@PathVariable String id, Authentication who) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(new FileSystemResource(reports.preview(id, user(who))));
    }

    /**
     * The completion form (with {@code task}, a COMPLETE_SUBMISSION of this study): ONE post that stores the chosen
     * file as a new report version, then completes the task with the remarks — in that order, so the completion
     * sees the new version. When either step refuses the input, the task page comes back with the errors and
     * everything typed (the file must be chosen again: no browser lets a page refill a file field). Without
     * {@code task}: only the new version. Its one-time token makes a double click upload it once.
     */
    @PostMapping("/studies/{id}/report")
    String newVersion(@PathVariable String id, @RequestParam(value = "report", required = false) MultipartFile report,
                      @RequestParam(required = false) String task, @RequestParam(required = false) String idempotencyKey,
                      @RequestParam MultiValueMap<String, String> form, Authentication who, HttpServletRequest request,
                      RedirectAttributes flash, Locale locale) {
        UserAccount user = user(who);
        boolean completing = task != null && task.matches("[A-Za-z0-9-]+");
        try {
            if (completing) {
                completionTaskOf(id, task, user);
            }
            InputStream chosen = Uploads.chosen(report);
            if (chosen != null || !completing) {
                IdempotencyKey key = IdempotencyKey.of(user.id(), "POST", request.getRequestURI(), idempotencyKey);
                uploads.addVersion(id, chosen, key, user, study -> new IdempotentResponse(303, null, null));
            }
            if (completing) {
                completion.completeForm(task, form, user);
                return "redirect:/?done";
            }
        } catch (NotFoundException | ForbiddenException e) {
            throw e; // the usual not-found and forbidden pages, not a message on a page the user may not change
        } catch (InvalidInputException e) {
            if (!completing) {
                flash.addFlashAttribute("error", messages.of(e, locale));
                return "redirect:/studies/" + id;
            }
            LinkedMultiValueMap<String, String> sent = new LinkedMultiValueMap<>(form);
            sent.remove("report");
            if (report != null && report.getOriginalFilename() != null && !report.getOriginalFilename().isBlank()) {
                sent.add("report", report.getOriginalFilename()); // "U had x.pdf gekozen; kies het bestand opnieuw"
            }
            flash.addFlashAttribute(SentForm.FAILED_TASK, task);
            flash.addFlashAttribute(SentForm.FAILED_ERRORS, messages.byField(e, locale));
            flash.addFlashAttribute(SentForm.FAILED_SENT, sent);
        } catch (DomainException e) {
            flash.addFlashAttribute("error", messages.of(e, locale));
        }
        return completing ? "redirect:/tasks/" + task : "redirect:/studies/" + id;
    }

    /** The task must be this study's completion, offered to the user; checked before a possibly large file is read. */
    private void completionTaskOf(String studyId, String taskId, UserAccount user) {
        boolean found = work.list(user).stream().anyMatch(t -> t.id().equals(taskId) && studyId.equals(t.studyId())
                && CompleteSubmissionTask.TYPE.is(t));
        if (!found) {
            throw new NotFoundException("task.notFound", taskId);
        }
    }

    /** The consent to publish the report in the public register: a checkbox, unticked means withdrawn. */
    @PostMapping("/studies/{id}/public-report")
    String publicReport(@PathVariable String id, @RequestParam(required = false) String publicReport, Authentication who,
                        RedirectAttributes flash, Locale locale) {
        boolean consent = "true".equals(publicReport);
        submissions.setPublicReport(id, consent, user(who));
        flash.addFlashAttribute("saved", texts.getMessage(consent ? "ui.publicReport.saved.allowed"
                : "ui.publicReport.saved.withdrawn", null, locale));
        return "redirect:/studies/" + id;
    }

    @PostMapping("/studies/{id}/withdraw")
    String withdraw(@PathVariable String id, Authentication who) {
        ConflictRetry.run(() -> submissions.withdraw(id, user(who)));
        return "redirect:/studies/" + id;
    }

    private UserAccount user(Authentication who) {
        return identity.current(who);
    }
}
