package nl.methodetoets.advice.web;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.advice.AdviceRecovery;
import nl.methodetoets.advice.AdviceRound;
import nl.methodetoets.advice.Calibration;
import nl.methodetoets.advice.RoundStatistics;
import nl.methodetoets.identity.Identity;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Annual advice rounds: start one (secretariat), follow it, read its statistics and its document. */
@RestController
@RequestMapping("/api/advice-rounds")
class AdviceController {
    record StartRequest(Integer year) {
    }

    /**
     * {@code renderingError}: {@code null} while the round's work goes on; else the failed job's incident (issue 10):
     * where it stopped, the kind of problem, that problem in the caller's language, and since when.
     */
    record RoundView(int year, String status, int studies, java.util.List<String> exemplary, RenderingError renderingError) {
        static RoundView of(AdviceRound r) {
            return of(r, null);
        }

        static RoundView of(AdviceRound r, RenderingError error) {
            return new RoundView(r.year(), r.status().name(), r.studies(), r.exemplary(), error);
        }
    }

    record RenderingError(String stage, String reason, String message, Instant since) {
    }

    private final AdviceManagement advice;
    private final Identity identity;
    private final AdviceRecovery recovery;
    private final MessageSource texts;

    AdviceController(AdviceManagement advice, Identity identity, AdviceRecovery recovery, MessageSource texts) {
        this.advice = advice;
        this.identity = identity;
        this.recovery = recovery;
        this.texts = texts;
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<RoundView> start(@RequestBody StartRequest request, Authentication who) {
        AdviceRound round = advice.start(request.year(), identity.current(who));
        return ResponseEntity.created(URI.create("/api/advice-rounds/" + round.year())).body(RoundView.of(round));
    }

    @GetMapping("/{year}")
    RoundView round(@PathVariable int year, Authentication who, Locale locale) {
        AdviceRound round = advice.round(year, identity.current(who));
        return RoundView.of(round, recovery.failure(year).map(f -> new RenderingError(f.stage(), f.reason().name(),
                texts.getMessage("advice.failure.stage." + f.stage(), null, locale) + " "
                        + texts.getMessage("advice.failure.reason." + f.reason().name(), null, locale),
                f.since())).orElse(null));
    }

    @GetMapping("/{year}/statistics")
    RoundStatistics statistics(@PathVariable int year, Authentication who) {
        return advice.statistics(year, identity.current(who));
    }

    @GetMapping("/{year}/calibration")
    @PreAuthorize("hasAnyRole('CHAIR','SECRETARIAT','ADMIN')")
    Calibration calibration(@PathVariable int year) {
        return advice.calibration(year);
    }

    @GetMapping("/{year}/document")
    ResponseEntity<Resource> document(@PathVariable int year, Authentication who) {
        Path file = advice.document(year, identity.current(who));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"jaaradvies-" + year + ".pdf\"")
                .body(new FileSystemResource(file));
    }
}
