package nl.methodetoets.submission.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.ServletException;
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
class StudyController {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
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
    @ApiResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = StudyView.class)))
    ResponseEntity<String> submit(@RequestPart("metadata") MetadataRequest metadata,
                                  @RequestPart(value = "report", required = false) MultipartFile report,
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
    List<StudyView> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) StudyStatus status,
                         @RequestParam(required = false) String organisation, @RequestParam(required = false) Theme theme,
                         @RequestParam(required = false) StudyType studyType, @RequestParam(required = false) String q,
                         Authentication who) {
        UserAccount user = identity.current(who);
        StudySearch search = new StudySearch(year, status, organisation, theme, studyType, q);
        return submissions.studies(search, user).stream().map(s -> view(s, user)).toList();
    }

    @GetMapping("/{id}")
    StudyView study(@PathVariable String id, Authentication who) {
        UserAccount user = identity.current(who);
        return view(submissions.study(id, user), user);
    }

    @GetMapping(value = "/{id}/report")
    ResponseEntity<Resource> report(@PathVariable String id, Authentication who) {
        return ReportResponses.pdf(id, submissions.latestReport(id, identity.current(who)));
    }

    @PostMapping(value = "/{id}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "201", content = @Content(mediaType = "application/json", schema = @Schema(implementation = StudyView.class)))
    ResponseEntity<String> addVersion(@PathVariable String id, @RequestPart(value = "report", required = false) MultipartFile report,
                                      @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                      HttpServletRequest request, Authentication who) {
        UserAccount user = identity.current(who);
        IdempotencyKey key = IdempotencyKey.of(user.id(), "POST", request.getRequestURI(), idempotencyKey);
        return respond(uploads.addVersion(id, Uploads.stream(report), key, user, study ->
                new IdempotentResponse(HttpStatus.CREATED.value(), "/api/studies/" + id + "/report", write(view(study, user)))));
    }

    @PostMapping("/{id}/withdraw")
    StudyView withdraw(@PathVariable String id, Authentication who) {
        UserAccount user = identity.current(who);
        // withdrawn at once after submitting, the study's process may be starting in a job: retry, don't refuse
        return view(ConflictRetry.run(() -> submissions.withdraw(id, user)), user);
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
        return StudyView.of(study, submissions.assessment(study.id()).orElse(null));
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
