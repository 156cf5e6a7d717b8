package nl.methodetoets.submission.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import nl.methodetoets.submission.Objection;
import nl.methodetoets.submission.ObjectionStatus;

/** An objection as the API shows it (API.md); who filed it is never part of it. */
@Schema(name = "Objection", description = "An objection against a study's verdict and its outcome.")
record ObjectionView(
        @Schema(description = "The objection's id.") String id,
        @Schema(description = "FILED until the secretariat judged admissibility, ADMISSIBLE while it is re-reviewed, "
                + "then INADMISSIBLE, UPHELD (a new verdict) or REJECTED (the verdict stands).") ObjectionStatus status,
        @Schema(description = "The submitter's grounds.") String grounds,
        @Schema(description = "When it was filed.") OffsetDateTime filed,
        @Schema(description = "When it was decided (judged inadmissible, upheld or rejected); null while open.") OffsetDateTime decided,
        @Schema(description = "The verdict the objection contests.") int originalVerdict,
        @Schema(description = "The verdict after the decision: the new one when upheld, else the contested one; null while open.") Integer verdict,
        @Schema(description = "The exemplary flag after the decision; null while open.") Boolean exemplary,
        @Schema(description = "The chair's motivation of the decision; null until decided (and for an inadmissible objection).") String motivation,
        @Schema(description = "The secretariat's remarks on admissibility (why it is inadmissible).") String remarks,
        @Schema(description = "The attached PDF's facts, or null; download it from `…/objections/{objectionId}/attachment`.")
        Attachment attachment) {

    record Attachment(String sha256, int pages, long bytes) {
    }

    static ObjectionView of(Objection o) {
        return new ObjectionView(o.id(), o.status(), o.grounds(), o.filed(), o.decided(), o.originalVerdict(), o.verdict(),
                o.exemplary(), o.motivation(), o.remarks(),
                o.attachment() == null ? null : new Attachment(o.attachment().sha256(), o.attachment().pages(), o.attachment().bytes()));
    }
}
