package nl.methodetoets.advice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.methodetoets.advice.PublicRegister;
import nl.methodetoets.advice.PublicRegister.PublicDocument;
import nl.methodetoets.advice.PublicRegister.PublicRound;
import nl.methodetoets.advice.PublicRegister.PublicRoundListing;
import nl.methodetoets.submission.ConsentedReport;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public register as JSON and PDF, without login (issue 11): published rounds only; everything else is 404, the
 * same whether it exists or not. Cacheable: see {@link PublicCaching}.
 */
@RestController
@RequestMapping("/api/public")
@SecurityRequirements
@Tag(name = "Public register", description = "What the commission publishes, without login: the published annual "
        + "advice rounds, their studies with verdicts and consolidated scores, the archived advice documents and the "
        + "reports whose submitters consented. Anything not published is 404. Responses carry a strong `ETag` and "
        + "`Cache-Control`; `If-None-Match` is answered with 304.")
class PublicRegisterController {
    private static final String YEAR = "The advice year, e.g. 2012.";

    private final PublicRegister register;

    PublicRegisterController(PublicRegister register) {
        this.register = register;
    }

    @GetMapping("/advice-rounds")
    @Operation(operationId = "listPublishedRounds", summary = "List the published advice rounds", description = "Every "
            + "published round, newest first: its year, when it was published, the URL of its document and the "
            + "document's SHA-256.")
    @ApiResponse(responseCode = "200", description = "The published rounds (possibly none).")
    List<PublicRoundListing> rounds(HttpServletResponse response) {
        PublicCaching.json(response);
        return register.rounds();
    }

    @GetMapping("/advice-rounds/{year}")
    @Operation(operationId = "getPublishedRound", summary = "Read a published advice round", description = "The "
            + "commission's conclusions and recommendations, the exemplary studies with the chair's motivation, and "
            + "every study of the round with its verdict, exemplary flag and consolidated scores (null where n.v.t.); "
            + "`report` links the report where the submitter consented. No reviewer identity, independent score or "
            + "comment.")
    @ApiResponse(responseCode = "200", description = "The round.")
    @ApiResponse(responseCode = "404", description = "No published round for the year.")
    PublicRound round(@Parameter(description = YEAR) @PathVariable int year, HttpServletResponse response) {
        PublicRound round = register.round(year);
        PublicCaching.json(response);
        return round;
    }

    @GetMapping("/advice-rounds/{year}/document")
    @Operation(operationId = "getPublishedAdviceDocument", summary = "Download a published advice document",
            description = "The archived final advice (PDF/A-3a), byte for byte; its SHA-256 is the one in the list and "
                    + "its `ETag`.")
    @ApiResponse(responseCode = "200", description = "The PDF.", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "Not modified (`If-None-Match`).")
    @ApiResponse(responseCode = "404", description = "No published round for the year.")
    ResponseEntity<Resource> document(@Parameter(description = YEAR) @PathVariable int year, HttpServletRequest request,
                                      HttpServletResponse response) {
        PublicDocument document = register.document(year);
        return file(request, response, document.sha256(), PublicCaching.DOCUMENT, new FileSystemResource(document.file()),
                "inline; filename=\"" + document.file().getFileName() + "\"", false); // its archived name
    }

    @GetMapping("/studies/{id}/report")
    @Operation(operationId = "getPublishedReport", summary = "Download a published study's report", description = "The "
            + "latest version of the report of a study in a published round whose submitter consented to its "
            + "publication, byte for byte as uploaded, as an attachment (`Content-Security-Policy: sandbox`). A "
            + "withdrawn consent makes it 404 at once.")
    @ApiResponse(responseCode = "200", description = "The PDF.", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "Not modified (`If-None-Match`).")
    @ApiResponse(responseCode = "404", description = "No such study in a published round, or no consent.")
    ResponseEntity<Resource> report(@Parameter(description = "The study's id.") @PathVariable String id,
                                    HttpServletRequest request, HttpServletResponse response) {
        ConsentedReport report = register.report(id);
        return file(request, response, report.sha256(), PublicCaching.REPORT, new FileSystemResource(report.file()),
                "attachment; filename=\"" + report.fileName() + "\"", true);
    }

    /**
     * A stored PDF with its SHA-256 as ETag, streamed (not buffered by the ETag filter); 304 when the client has it.
     * {@code untrusted}: uploaded by a submitter, so sandboxed and not sniffed (as submission's report downloads).
     */
    private static ResponseEntity<Resource> file(HttpServletRequest request, HttpServletResponse response, String sha256,
                                                 String cacheControl, Resource body, String disposition,
                                                 boolean untrusted) {
        ShallowEtagHeaderFilter.disableContentCaching(request);
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (new ServletWebRequest(request, response).checkNotModified(PublicCaching.etag(sha256))) {
            return null; // 304, with the ETag and Cache-Control already on the response
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition);
        if (untrusted) {
            ok.header("Content-Security-Policy", "sandbox").header("X-Content-Type-Options", "nosniff");
        }
        return ok.body(body);
    }
}
