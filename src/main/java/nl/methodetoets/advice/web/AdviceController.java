package nl.methodetoets.advice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import nl.methodetoets.advice.AdviceDownload;
import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.advice.AdviceRecovery;
import nl.methodetoets.advice.AdviceRound;
import nl.methodetoets.advice.Calibration;
import nl.methodetoets.advice.RoundStatistics;
import nl.methodetoets.identity.Identity;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Annual advice rounds: start one (secretariat), follow it, read its statistics and its document. */
@RestController
@RequestMapping("/api/advice-rounds")
@Tag(name = "Advice rounds", description = "The annual advice: start a year's round, follow it, read its statistics, "
        + "calibration and document. Until a round is published it is for CHAIR, SECRETARIAT and ADMIN only.")
class AdviceController {
    private static final String YEAR = "The advice year, e.g. 2012.";
    /** File names, not texts (Dutch literals test): the draft's carries its number. */
    private static final String DOCUMENT_FILES = "jaaradvies-{year}-concept-{n}.pdf" + " for draft n, "
            + "jaaradvies-{year}.pdf" + " for the final";
    private static final String EXPORT_FILE = "jaaradvies-{year}-gegevens.csv"; // a file name, not a text (Dutch literals test)

    @io.swagger.v3.oas.annotations.media.Schema(name = "AdviceRoundStart", description = "Starts the round of a year.",
            requiredProperties = "year")
    record StartRequest(@io.swagger.v3.oas.annotations.media.Schema(description = "The year whose assessed studies "
            + "the advice covers.", example = "2012") Integer year) {
    }

    /**
     * {@code renderingError}: {@code null} while the round's work goes on; else the failed job's incident (issue 10):
     * where it stopped, the kind of problem, that problem in the caller's language, and since when.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AdviceRound", description = "A year's advice round; "
            + "`underObjection`: the ids of its studies with an open objection, which keep it from being approved.")
    record RoundView(int year, String status, int studies, java.util.List<String> exemplary, RenderingError renderingError,
                     java.util.List<String> underObjection) {
        static RoundView of(AdviceRound r) {
            return of(r, null);
        }

        static RoundView of(AdviceRound r, RenderingError error) {
            return new RoundView(r.year(), r.status().name(), r.studies(), r.exemplary(), error, r.underObjection());
        }
    }

    record RenderingError(String stage, String reason, String message, Instant since) {
    }

    private final AdviceManagement advice;
    private final Identity identity;
    private final AdviceRecovery recovery;
    private final MessageSource texts;
    private final RoundExportDownloads downloads;

    AdviceController(AdviceManagement advice, Identity identity, AdviceRecovery recovery, MessageSource texts,
                     RoundExportDownloads downloads) {
        this.advice = advice;
        this.identity = identity;
        this.recovery = recovery;
        this.texts = texts;
        this.downloads = downloads;
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Operation(operationId = "startAdviceRound", summary = "Start an advice round", description = "The SECRETARIAT starts the round of a year: the "
            + "year's assessed studies are gathered and a DRAFT_ADVICE task appears. One round per year.")
    @ApiResponse(responseCode = "201", description = "The round is started.")
    @ApiResponse(responseCode = "409", description = "The year already has a round.")
    ResponseEntity<RoundView> start(@RequestBody StartRequest request, Authentication who) {
        AdviceRound round = advice.start(request.year(), identity.current(who));
        return ResponseEntity.created(URI.create("/api/advice-rounds/" + round.year())).body(RoundView.of(round));
    }

    @GetMapping("/{year}")
    @Operation(operationId = "getAdviceRound", summary = "Read an advice round", description = "The round's status (DRAFTING, RENDERING, "
            + "AWAITING_APPROVAL, PUBLISHED), its number of studies, the exemplary studies the chair designated, and "
            + "`renderingError` when the engine's work on the round has stopped on a failure (null otherwise).")
    @ApiResponse(responseCode = "200", description = "The round.")
    RoundView round(@Parameter(description = YEAR) @PathVariable int year, Authentication who, Locale locale) {
        AdviceRound round = advice.round(year, identity.current(who));
        return RoundView.of(round, recovery.failure(year).map(f -> new RenderingError(f.stage(), f.reason().name(),
                texts.getMessage("advice.failure.stage." + f.stage(), null, locale) + " "
                        + texts.getMessage("advice.failure.reason." + f.reason().name(), null, locale),
                f.since())).orElse(null));
    }

    @GetMapping("/{year}/statistics")
    @Operation(operationId = "getRoundStatistics", summary = "Read a round's statistics", description = "The distribution of verdicts, per criterion "
            + "the agreement between the reviewers' independent scores (Krippendorff's alpha nominal, ordinal and "
            + "interval, exact and within-one agreement, mean; null where undefined) and the trend against the latest "
            + "earlier year with a seeded bootstrap 95% interval.")
    @ApiResponse(responseCode = "200", description = "The statistics.")
    RoundStatistics statistics(@Parameter(description = YEAR) @PathVariable int year, Authentication who) {
        return advice.statistics(year, identity.current(who));
    }

    @GetMapping("/{year}/calibration")
    @PreAuthorize("hasAnyRole('CHAIR','SECRETARIAT','ADMIN')")
    @Operation(operationId = "getRoundCalibration", summary = "Read a round's reviewer calibration", description = "For CHAIR, SECRETARIAT and ADMIN: each "
            + "reviewer's mean deviation from the consolidated scores per criterion, and the pairwise "
            + "quadratic-weighted kappa where a pair of reviewers shares at least three studies.")
    @ApiResponse(responseCode = "200", description = "The calibration.")
    Calibration calibration(@Parameter(description = YEAR) @PathVariable int year) {
        return advice.calibration(year);
    }

    @GetMapping("/{year}/document")
    @Operation(operationId = "getAdviceDocument", summary = "Download the advice document", description = "The advice as application/pdf: the latest "
            + "draft (marked as such) for SECRETARIAT and CHAIR until publication, the archived final (PDF/A-3a) for "
            + "everyone signed in after it. 404 before the first draft is rendered. Content-Disposition names the file: "
            + DOCUMENT_FILES + ".")
    @ApiResponse(responseCode = "200", description = "The PDF.", content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "application/pdf", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    ResponseEntity<Resource> document(@Parameter(description = YEAR) @PathVariable int year, Authentication who) {
        AdviceDownload document = advice.download(year, identity.current(who));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName()).build().toString())
                .body(new FileSystemResource(document.path()));
    }

    @GetMapping("/{year}/export")
    @PreAuthorize("hasAnyRole('CHAIR','SECRETARIAT')")
    @Operation(operationId = "exportAdviceRound", summary = "Download a round's data (JSON or CSV)", description = "For CHAIR "
            + "and SECRETARIAT (ADMIN too is refused: the file names the reviewers). One entry per study of the round: `id`, "
            + "`title`, `organisation` and `commissionedBy` (organisation ids, as in the study API) with `organisationName` "
            + "and `commissionedByName`, `studyType`, `year`, `verdict`, `exemplary`, `provisional`, the consolidated "
            + "scores per criterion (`consolidated`, null for n.v.t.) and the independent scores of each regular review in "
            + "the order they were sent (`independent`: `reviewer` id and `scores`). `criteria` lists the criterion codes "
            + "of the round's rubric version; every score map has exactly those keys.\n\n"
            + "`format=csv`: RFC 4180 (CRLF, quoted where needed, also a field with `;` or leading or trailing white space), "
            + "UTF-8 with a byte order mark (for Excel), a header row and one row per study: the fields above, the "
            + "criterion codes (`K1`..`K8`), then `R1, R1_K1..R1_K8, R2, ...` up to the most reviewers a study had. An "
            + "empty field is no value. Values are verbatim: a title starting with `=` is not defused for spreadsheets. "
            + "Sent as an attachment named " + EXPORT_FILE + " (or .json) whatever `Accept` says.")
    @ApiResponse(responseCode = "200", description = "The round's data.", content = {
            @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = nl.methodetoets.advice.RoundExport.class)),
            @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))})
    @ApiResponse(responseCode = "404", description = "The year has no round.")
    @ApiResponse(responseCode = "422", description = "`format` is neither `json` nor `csv`.")
    ResponseEntity<byte[]> export(@Parameter(description = YEAR) @PathVariable int year,
                                  @Parameter(description = "`json` (the default) or `csv`.", example = "csv")
                                  @RequestParam(required = false) String format, Authentication who) {
        RoundExportDownloads.Format chosen = RoundExportDownloads.Format.of(format);
        return downloads.download(advice.export(year, identity.current(who)), chosen);
    }
}
