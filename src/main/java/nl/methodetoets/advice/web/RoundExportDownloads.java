package nl.methodetoets.advice.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.methodetoets.advice.RoundExport;
import nl.methodetoets.common.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A round's open data as a download (API and browser alike): JSON or CSV, as an attachment with a telling name. */
@Component
class RoundExportDownloads {
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    enum Format {
        JSON, CSV;

        /** {@code json} (also when absent) or {@code csv}, in any case; anything else is a 422 on {@code format}. */
        static Format of(String value) {
            if (value == null || value.isBlank()) {
                return JSON;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> throw new InvalidInputException("format", "advice.export.format");
            };
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final ObjectMapper json;

    RoundExportDownloads(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The file, whatever the request's {@code Accept} says (the format parameter chose it): JSON in UTF-8 or CSV
     * ({@link RoundExportCsv}), named {@code jaaradvies-2012-gegevens.csv} (or {@code .json}).
     */
    ResponseEntity<byte[]> download(RoundExport export, Format format) {
        byte[] body = format == Format.CSV ? RoundExportCsv.write(export) : json(export);
        return ResponseEntity.ok()
                .contentType(format == Format.CSV ? CSV : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("jaaradvies-" + export.year() + "-gegevens." + format.extension()).build().toString())
                .body(body);
    }

    private byte[] json(RoundExport export) {
        try {
            return json.writeValueAsBytes(export);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the export of " + export.year() + " cannot be written as JSON", e);
        }
    }
}
