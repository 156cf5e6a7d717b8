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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import nl.methodetoets.idempotency.IdempotencyKey;
import nl.methodetoets.idempotency.IdempotentResponse;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.ObjectionFilings;
import nl.methodetoets.submission.Objections;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Objections against a study's verdict (API.md "Studies"): file one with its grounds (JSON, or multipart with a PDF
 * attachment), list them with their outcome, download an attachment. Filing honours {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/studies/{id}/objections")
@Tag(name = "Objections", description = "Contest a study's verdict within the objection period (six weeks by default) "
        + "and before the year's advice is approved; the secretariat judges admissibility, one member who did not review "
        + "the study re-reviews it, and the chair upholds (a new verdict) or rejects it.")
class ObjectionController {
    private static final String STUDY_ID = "The study's id.";

    /** The filing as JSON. */
    @Schema(name = "ObjectionFiling", description = "The grounds of an objection.", requiredProperties = "grounds")
    record Filing(@Schema(description = "Why the verdict is wrong: up to 10,000 characters.", maxLength = 10_000) String grounds) {
    }

    /** The parts of a filing with an attachment, for the API description only. */
    @Schema(name = "ObjectionFilingParts", description = "An objection with an attachment: part `objection` (JSON) and "
            + "optionally part `attachment` (PDF, checked like a report).", requiredProperties = "objection")
    record FilingParts(@Schema(description = "The grounds, as a part of type application/json.") Filing objection,
                       @Schema(description = "A PDF supporting the grounds.", type = "string", format = "binary") byte[] attachment) {
    }

    private final Objections objections;
    private final ObjectionFilings filings;
    private final Identity identity;
    private final ObjectMapper json;

    ObjectionController(Objections objections, ObjectionFilings filings, Identity identity, ObjectMapper json) {
        this.objections = objections;
        this.filings = filings;
        this.identity = identity;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "fileObjection", summary = "Object to a study's verdict", description = "The submitting "
            + "organisation's SUBMITTER objects to the verdict of an ASSESSED study, within the objection period after "
            + "the verdict and before the year's advice is approved; the study becomes IN_OBJECTION. Also as "
            + "multipart/form-data: part `objection` (this JSON) and optionally part `attachment` (application/pdf). "
            + "Honours `Idempotency-Key`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Filing.class)),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = FilingParts.class),
                            encoding = {@Encoding(name = "objection", contentType = MediaType.APPLICATION_JSON_VALUE),
                                        @Encoding(name = "attachment", contentType = MediaType.APPLICATION_PDF_VALUE)})}))
    @ApiResponse(responseCode = "201", description = "The objection is filed.", headers = @Header(name = "Location",
            description = "The study's objections.", schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ObjectionView.class)))
    @ApiResponse(responseCode = "403", description = "Not the submitting organisation's SUBMITTER.")
    @ApiResponse(responseCode = "404", description = "No such study, or another organisation's.")
    @ApiResponse(responseCode = "409", description = "An objection is open already, or the study has no verdict yet.")
    @ApiResponse(responseCode = "422", description = "No grounds (or too long), an attachment that is no acceptable PDF, "
            + "the objection period has ended, or the year's advice is approved; `detail` says which.")
    ResponseEntity<String> file(@Parameter(description = STUDY_ID) @PathVariable String id,
                                @RequestBody(required = false) Filing filing,
                                @Parameter(description = StudyController.IDEMPOTENCY_DESCRIPTION)
                                @RequestHeader(value = StudyController.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                HttpServletRequest request, Authentication who) {
        return file(id, filing, null, idempotencyKey, request, who);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(hidden = true)
    ResponseEntity<String> fileWithAttachment(@PathVariable String id,
                                              @RequestPart(value = "objection", required = false) Filing filing,
                                              @RequestPart(value = "attachment", required = false) MultipartFile attachment,
                                              @RequestHeader(value = StudyController.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                              HttpServletRequest request, Authentication who) {
        return file(id, filing, attachment, idempotencyKey, request, who);
    }

    @GetMapping
    @Operation(operationId = "listObjections", summary = "List a study's objections", description = "The study's "
            + "objections, oldest first, with their outcome: for the submitting organisation and the commission's "
            + "office (chair, secretariat, admin). Reviewers read the grounds in their task (403 here).")
    @ApiResponse(responseCode = "200", description = "The objections (possibly none).")
    List<ObjectionView> list(@Parameter(description = STUDY_ID) @PathVariable String id, Authentication who) {
        return objections.objections(id, identity.current(who)).stream().map(ObjectionView::of).toList();
    }

    @GetMapping("/{objectionId}/attachment")
    @Operation(operationId = "getObjectionAttachment", summary = "Download an objection's attachment", description = "The "
            + "PDF attached to the objection, byte for byte as uploaded, as a sandboxed attachment; also for the member "
            + "who re-reviews the objection.")
    @ApiResponse(responseCode = "200", description = "The PDF.",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such objection, or it has no attachment.")
    ResponseEntity<Resource> attachment(@Parameter(description = STUDY_ID) @PathVariable String id,
                                        @Parameter(description = "The objection's id.") @PathVariable String objectionId,
                                        Authentication who) {
        return ReportResponses.downloadAs("bezwaar-" + objectionId + ".pdf",
                objections.attachment(id, objectionId, identity.current(who)));
    }

    private ResponseEntity<String> file(String id, Filing filing, MultipartFile attachment, String idempotencyKey,
                                        HttpServletRequest request, Authentication who) {
        UserAccount user = identity.current(who);
        IdempotencyKey key = IdempotencyKey.of(user.id(), "POST", request.getRequestURI(), idempotencyKey);
        String grounds = filing == null ? null : filing.grounds();
        IdempotentResponse response = filings.file(id, grounds, Uploads.chosen(attachment), key, user, objection ->
                new IdempotentResponse(HttpStatus.CREATED.value(), "/api/studies/" + id + "/objections",
                        write(ObjectionView.of(objection))));
        return ResponseEntity.status(response.status()).contentType(MediaType.APPLICATION_JSON)
                .location(URI.create(response.location())).body(response.body());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
