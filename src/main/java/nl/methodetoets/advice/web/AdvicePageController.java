package nl.methodetoets.advice.web;

import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.methodetoets.advice.AdviceCharts;
import nl.methodetoets.advice.AdviceDownload;
import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.advice.AdviceRecovery;
import nl.methodetoets.advice.RenderingFailure;
import nl.methodetoets.advice.AdviceRules;
import nl.methodetoets.advice.RoundStatistics;
import java.util.Set;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.common.DomainException;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.common.UserMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The advice rounds in the browser UI: overview, start (secretariat), open the document. */
@Controller
class AdvicePageController {
    private final AdviceManagement advice;
    private final Identity identity;
    private final UserMessages messages;
    private final MessageSource texts;
    private final AdviceRules rules;
    private final SubmissionManagement submissions;
    private final AdviceRecovery recovery;
    private final RoundExportDownloads downloads;

    /** A stalled round as its page shows it: all texts in the reader's language. */
    record FailureView(int year, String title, String stage, String reason, String since, String detail) {
    }

    AdvicePageController(AdviceManagement advice, Identity identity, UserMessages messages, MessageSource texts,
                         AdviceRules rules, SubmissionManagement submissions, AdviceRecovery recovery,
                         RoundExportDownloads downloads) {
        this.advice = advice;
        this.identity = identity;
        this.messages = messages;
        this.texts = texts;
        this.rules = rules;
        this.submissions = submissions;
        this.recovery = recovery;
        this.downloads = downloads;
    }

    @GetMapping("/advice")
    String rounds(Model model, Authentication who, Locale locale) {
        var rounds = advice.rounds(identity.current(who));
        model.addAttribute("rounds", rounds);
        model.addAttribute("failures", mayFollowFailures(who)
                ? rounds.stream().flatMap(r -> failure(r.year(), locale).stream()).toList() : List.of());
        return "advice/rounds";
    }

    /** Runs the round's failed job again (after the cause was fixed); the page then shows the round going on. */
    @PostMapping("/advice/{year}/retry")
    @PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
    String retry(@PathVariable int year, RedirectAttributes flash, Locale locale) {
        MessageSourceAccessor words = new MessageSourceAccessor(texts, locale);
        try {
            if (recovery.retry(year)) {
                flash.addFlashAttribute("started", words.getMessage("advice.retry.done", new Object[] {String.valueOf(year)}));
            } else {
                flash.addFlashAttribute("error", words.getMessage("advice.retry.failedAgain", new Object[] {String.valueOf(year)}));
            }
        } catch (DomainException e) {
            flash.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/advice";
    }

    private boolean mayFollowFailures(Authentication who) {
        var user = identity.current(who);
        return user.has(Role.SECRETARIAT) || user.has(Role.ADMIN) || user.has(Role.CHAIR);
    }

    private java.util.Optional<FailureView> failure(int year, Locale locale) {
        MessageSourceAccessor words = new MessageSourceAccessor(texts, locale);
        return recovery.failure(year).map(f -> new FailureView(year,
                words.getMessage("advice.failure.title", new Object[] {String.valueOf(year)}),
                words.getMessage("advice.failure.stage." + f.stage()),
                words.getMessage("advice.failure.reason." + f.reason().name()),
                words.getMessage("advice.failure.since", new Object[] {SINCE.withLocale(locale)
                        .format(f.since().atZone(java.time.ZoneId.of("Europe/Amsterdam")))}),
                f.detail()));
    }

    private static final java.time.format.DateTimeFormatter SINCE =
            java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                    java.time.format.FormatStyle.SHORT);

    @PostMapping("/advice")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String start(@RequestParam(required = false) Integer year, Authentication who, RedirectAttributes flash, Locale locale) {
        try {
            advice.start(year, identity.current(who));
            // the round gathers in a job a moment later, the same assessed studies of the year counted here
            int gathered = submissions.studiesOfYear(year, Set.of(StudyStatus.ASSESSED)).size();
            flash.addFlashAttribute("started", new MessageSourceAccessor(texts, locale).getMessage(
                    gathered == 0 ? "ui.advice.startedNone" : "ui.advice.started", new Object[] {String.valueOf(year), gathered}));
        } catch (DomainException e) {
            flash.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/advice";
    }

    /** The year's statistics as charts and tables (before publication for the chair, secretariat and admin only); calibration for them. */
    @GetMapping("/advice/{year}")
    String statistics(@PathVariable int year, Authentication who, Model model, Locale locale) {
        var user = identity.current(who);
        RoundStatistics statistics = advice.statistics(year, user);
        List<String> codes = List.copyOf(statistics.criteria().keySet());
        Map<String, Double> means = new LinkedHashMap<>();
        Map<String, Double> alphas = new LinkedHashMap<>();
        Map<String, Double> previous = new LinkedHashMap<>();
        statistics.criteria().forEach((code, c) -> {
            means.put(code, c.mean());
            alphas.put(code, c.alphaOrdinal());
        });
        statistics.trend().criteria().forEach((code, t) -> previous.put(code, t.previousMean()));
        model.addAttribute("year", year);
        model.addAttribute("statistics", statistics);
        MessageSourceAccessor words = new MessageSourceAccessor(texts, locale);
        model.addAttribute("rules", rules);
        model.addAttribute("verdictChart", AdviceCharts.verdictDistribution(statistics.verdicts(), words));
        model.addAttribute("meansChart", AdviceCharts.criterionMeans(codes, means, previous, words));
        model.addAttribute("agreementChart", AdviceCharts.agreement(codes, alphas, rules, words));
        model.addAttribute("calibration", AdviceManagement.mayReadUnpublished(user) ? advice.calibration(year) : null);
        model.addAttribute("failures", mayFollowFailures(who) ? failure(year, locale).stream().toList() : List.of());
        model.addAttribute("exportable", AdviceManagement.mayExport(user) && advice.exists(year));
        return "advice/statistics";
    }

    @GetMapping("/advice/{year}/document")
    ResponseEntity<Resource> document(@PathVariable int year, Authentication who) {
        AdviceDownload document = advice.download(year, identity.current(who));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName()).build().toString())
                .body(new FileSystemResource(document.path()));
    }

    /** The round's data as a download for the chair and the secretariat (as the API's export, in a browser session). */
    @GetMapping("/advice/{year}/export")
    @PreAuthorize("hasAnyRole('CHAIR','SECRETARIAT')")
    ResponseEntity<byte[]> export(@PathVariable int year, @RequestParam(required = false) String format, Authentication who) {
        RoundExportDownloads.Format chosen;
        try {
            chosen = RoundExportDownloads.Format.of(format);
        } catch (DomainException e) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        return downloads.download(advice.export(year, identity.current(who)), chosen);
    }
}
