package nl.methodetoets.submission.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.ServletException;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import nl.methodetoets.common.ConflictRetry;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.idempotency.IdempotencyKey;
import nl.methodetoets.idempotency.IdempotentResponse;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.ReportUploads;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyMetadata;
import nl.methodetoets.submission.StudySearch;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.StudyType;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.submission.Theme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The studies API: submit, search, read, download the report, add a version, withdraw. Submitting and adding a
 * version honour {@code Idempotency-Key}: the first response is stored and replayed byte for byte.
 */
@RestController
@RequestMapping("/api/studies")
@Tag(name = "Studies", description = "Submit studies with their report, find and read them (with the assessment once "
        + "the verdict is fixed), download the report, add a report version, withdraw.")
class StudyController {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String STUDY_ID = "The study's id (as in the `Location` of its submission).";
    static final String IDEMPOTENCY_DESCRIPTION = "Optional: any unique string (e.g. a UUID) chosen by the client. The "
            + "same key (for the same user and path) returns the first response again and creates nothing new; the "
            + "same key with a different request is refused with 422.";
    private static final String LOCATION = "The study's URL.";

    /** The parts of a submission, for the API description only (the controller reads them as separate parts). */
    @Schema(name = "StudySubmission", description = "A submission: the study's metadata as JSON and its report as PDF.",
            requiredProperties = {"metadata", "report"})
    record SubmissionParts(@Schema(description = "The study's metadata, as a part of type application/json.")
                           MetadataRequest metadata,
                           @Schema(description = "The report, as a part of type application/pdf.", type = "string",
                                   format = "binary") byte[] report) {
    }

    /** The part of a new report version, for the API description only. */
    @Schema(name = "ReportVersion", description = "A new version of the study's report.", requiredProperties = "report")
    record VersionParts(@Schema(description = "The report, as a part of type application/pdf.", type = "string",
            format = "binary") byte[] report) {
    }
    /** The body of a change of the consent to publish the report. */
    @Schema(name = "PublicReportConsent", description = "The submitter's consent to publishing the report in the public "
            + "register.", requiredProperties = "publicReport")
    record PublicReportRequest(@Schema(description = "true: the report may be published once the study is part of a "
            + "published annual advice; false: it may not (withdrawn, it leaves the register at once).")
                               Boolean publicReport) {
    }

    private final SubmissionManagement submissions;
    private final ReportUploads uploads;
    private final Identity identity;
    private final ObjectMapper json;

    private final long maxMetadataBytes;

    StudyController(SubmissionManagement submissions, ReportUploads uploads, Identity identity, ObjectMapper json,
                    @Value("${methodetoets.api.max-json-bytes}") long maxMetadataBytes) {
        this.maxMetadataBytes = maxMetadataBytes;
        this.submissions = submissions;
        this.uploads = uploads;
        this.identity = identity;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "submitStudy", summary = "Submit a study", description = "Submits a study: part `metadata` (application/json) and "
            + "part `report` (application/pdf, at most the configured size, 50 MB by default). Only a SUBMITTER (for "
            + "their own organisation) or the SECRETARIAT. The study starts in SUBMITTED and goes to intake. "
            + "Honours `Idempotency-Key`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = SubmissionParts.class),
                    encoding = {@Encoding(name = "metadata", contentType = MediaType.APPLICATION_JSON_VALUE),
                                @Encoding(name = "report", contentType = MediaType.APPLICATION_PDF_VALUE)})))
    @ApiResponse(responseCode = "201", description = "The study is submitted (or, with a repeated `Idempotency-Key`, "
            + "the first response again).", headers = @Header(name = "Location", description = LOCATION,
            schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StudyView.class)))
    @ApiResponse(responseCode = "400", description = "A part is missing or unreadable, or the report is not a "
            + "readable PDF (`errors` names `report`).")
    ResponseEntity<String> submit(@Parameter(hidden = true) @RequestPart("metadata") MetadataRequest metadata,
                                  @Parameter(hidden = true) @RequestPart(value = "report", required = false) MultipartFile report,
                                  @Parameter(description = IDEMPOTENCY_DESCRIPTION)
                                  @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                  HttpServletRequest request, Authentication who) {
        UserAccount user = identity.current(who);
        metadataWithinCap(request);
        IdempotencyKey key = IdempotencyKey.of(user.id(), "POST", request.getRequestURI(), idempotencyKey);
        StudyMetadata parsed = metadata.toMetadata();
        return respond(uploads.submit(parsed, write(metadata), Uploads.stream(report), key, user, study ->
                new IdempotentResponse(HttpStatus.CREATED.value(), "/api/studies/" + study.id(), write(view(study, user)))));
    }

    @GetMapping
    @Operation(operationId = "findStudies", summary = "Find studies", description = "The studies the signed-in user may see, filtered by the "
            + "given parameters (all optional, combined with AND). A SUBMITTER sees only their organisation's studies.")
    @ApiResponse(responseCode = "200", description = "The matching studies (possibly none).")
    List<StudyView> list(@Parameter(description = "The year the study was published in.") @RequestParam(required = false) Integer year,
                         @Parameter(description = "The study's current status.") @RequestParam(required = false) StudyStatus status,
                         @Parameter(description = "The submitting organisation's id.") @RequestParam(required = false) String organisation,
                         @Parameter(description = "A theme the study covers.") @RequestParam(required = false) Theme theme,
                         @Parameter(description = "The kind of study.") @RequestParam(required = false) StudyType studyType,
                         @Parameter(description = "Words to look for in the title, authors, summary and report text.")
                         @RequestParam(required = false) String q,
                         Authentication who) {
        UserAccount user = identity.current(who);
        StudySearch search = new StudySearch(year, status, organisation, theme, studyType, q);
        return submissions.studies(search, user).stream().map(s -> view(s, user)).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getStudy", summary = "Read a study", description = "The study with its timeline, its latest report's facts and, "
            + "once the chair fixed the verdict, its assessment (scores, verdict, exemplary, motivation and the "
            + "reviewers' comments, unattributed). Another organisation's study is 404 for a SUBMITTER.")
    @ApiResponse(responseCode = "200", description = "The study.")
    StudyView study(@Parameter(description = STUDY_ID) @PathVariable String id, Authentication who) {
        UserAccount user = identity.current(who);
        return view(submissions.study(id, user), user);
    }

    @GetMapping(value = "/{id}/report")
    @Operation(operationId = "getStudyReport", summary = "Download the study's report", description = "The latest version of the report, byte for "
            + "byte as uploaded, as application/pdf (whatever the `Accept` header says), as an attachment "
            + "with `Content-Security-Policy: sandbox` and `X-Content-Type-Options: nosniff`.")
    @ApiResponse(responseCode = "200", description = "The PDF.",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<Resource> report(@Parameter(description = STUDY_ID) @PathVariable String id, Authentication who) {
        return ReportResponses.download(id, submissions.latestReport(id, identity.current(who)));
    }

    @PostMapping(value = "/{id}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "addReportVersion", summary = "Add a report version", description = "Uploads a new version of the report (part `report`, "
            + "application/pdf) while the study is AWAITING_COMPLETION; then complete the COMPLETE_SUBMISSION task. "
            + "Honours `Idempotency-Key`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = VersionParts.class),
                    encoding = @Encoding(name = "report", contentType = MediaType.APPLICATION_PDF_VALUE))))
    @ApiResponse(responseCode = "201", description = "The version is stored; the study as it is now.",
            headers = @Header(name = "Location", description = "The report's URL.", schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StudyView.class)))
    @ApiResponse(responseCode = "400", description = "The part is missing, or the report is not a readable PDF.")
    @ApiResponse(responseCode = "409", description = "The study is not awaiting completion.")
    ResponseEntity<String> addVersion(@Parameter(description = STUDY_ID) @PathVariable String id,
                                      @Parameter(hidden = true) @RequestPart(value = "report", required = false) MultipartFile report,
                                      @Parameter(description = IDEMPOTENCY_DESCRIPTION)
                                      @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                      HttpServletRequest request, Authentication who) {
        UserAccount user = identity.current(who);
        IdempotencyKey key = IdempotencyKey.of(user.id(), "POST", request.getRequestURI(), idempotencyKey);
        return respond(uploads.addVersion(id, Uploads.stream(report), key, user, study ->
                new IdempotentResponse(HttpStatus.CREATED.value(), "/api/studies/" + id + "/report", write(view(study, user)))));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(operationId = "withdrawStudy", summary = "Withdraw a study", description = "The submitter withdraws their study before it is "
            + "assessed; it becomes WITHDRAWN and its open tasks end.")
    @ApiResponse(responseCode = "200", description = "The study, now WITHDRAWN.")
    @ApiResponse(responseCode = "409", description = "The study can no longer be withdrawn (assessed, rejected or "
            + "already withdrawn).")
    StudyView withdraw(@Parameter(description = STUDY_ID) @PathVariable String id, Authentication who) {
        UserAccount user = identity.current(who);
        // withdrawn at once after submitting, the study's process may be starting in a job: retry, don't refuse
        return view(ConflictRetry.run(() -> submissions.withdraw(id, user)), user);
    }

    @PutMapping("/{id}/public-report")
    @Operation(operationId = "setPublicReport", summary = "Consent to publishing the report", description = "The "
            + "submitting organisation's SUBMITTER (or the SECRETARIAT) gives or withdraws the consent that the report "
            + "is published in the public register (`/api/public/studies/{id}/report`) once the study is part of a "
            + "published annual advice. A change is recorded in the study's timeline; withdrawn, the report leaves the "
            + "register at once. Another organisation's study is 404.")
    @ApiResponse(responseCode = "200", description = "The study with `publicReport` as now set.")
    @ApiResponse(responseCode = "403", description = "The user may see the study but does not act for its submitter.")
    @ApiResponse(responseCode = "422", description = "`publicReport` is missing.")
    StudyView setPublicReport(@Parameter(description = STUDY_ID) @PathVariable String id,
                              @org.springframework.web.bind.annotation.RequestBody PublicReportRequest request,
                              Authentication who) {
        UserAccount user = identity.current(who);
        return view(submissions.setPublicReport(id, request == null ? null : request.publicReport(), user), user);
    }

    /**
     * A metadata part sent as a file (with a file name) escapes the container's cap on text fields; it obeys the same
     * cap as any JSON body ({@code methodetoets.api.max-json-bytes}): a 413 naming the metadata.
     */
    private void metadataWithinCap(HttpServletRequest request) {
        try {
            Part part = request.getPart("metadata");
            if (part != null && part.getSize() > maxMetadataBytes) {
                throw new InvalidInputException("metadata", "validation.metadataTooLarge",
                        UploadTooLargeAdvice.megabytes(maxMetadataBytes));
            }
        } catch (IOException | ServletException e) {
            throw new InvalidInputException("metadata", "validation.body");
        }
    }

    /** The assessment exists only once the chair fixed the verdict, so no viewer sees one earlier. */
    private StudyView view(Study study, UserAccount viewer) {
        return StudyView.of(study, submissions.assessment(study.id(), viewer).orElse(null));
    }

    /** The first response exactly as it was stored, so a replay is indistinguishable from it. */
    private static ResponseEntity<String> respond(IdempotentResponse response) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(response.status()).contentType(MediaType.APPLICATION_JSON);
        if (response.location() != null) {
            builder.location(URI.create(response.location()));
        }
        return builder.body(response.body());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
