package nl.methodetoets.advice;

import java.nio.file.Path;

/**
 * A stored advice PDF and the name it is downloaded under: a concept never goes by the final's name, so a draft
 * saved to disk cannot be mistaken for the published advice.
 *
 * @param fileName {@code jaaradvies-2012.pdf} for the final, {@code jaaradvies-2012-concept-3.pdf} for concept 3
 */
public record AdviceDownload(Path path, String fileName) {

    /** {@code draftNumber} 0 names the final document. */
    static String fileName(int year, int draftNumber) {
        return draftNumber > 0 ? "jaaradvies-" + year + "-concept-" + draftNumber + ".pdf" : "jaaradvies-" + year + ".pdf";
    }
}
