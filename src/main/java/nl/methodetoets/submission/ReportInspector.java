package nl.methodetoets.submission;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.methodetoets.common.InvalidInputException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides whether an upload is a real, readable study report: a file that starts and ends like a PDF, opens
 * with PDFBox within the parse timeout and decode budget, is not encrypted in any way (user or owner password), has
 * pages (at most {@code methodetoets.submission.max-pages}, in a page tree that does not loop, none larger than PDF
 * allows), carries no active content ({@link ReportStructure}: JavaScript, Launch actions, embedded files), and whose
 * pages' text can be read; that text (bounded) is kept for search.
 */
@Component
class ReportInspector {
    record Inspection(int pages, String title, String text) {
    }

    private final PdfParsing parsing;
    private final int maxPages;

    ReportInspector(PdfParsing parsing, @Value("${methodetoets.submission.max-pages:2000}") int maxPages) {
        this.parsing = parsing;
        this.maxPages = maxPages;
    }

    Inspection inspect(Path file, long bytes) {
        if (bytes == 0) {
            throw new InvalidInputException("report", "report.empty");
        }
        try {
            if (!startsAndEndsLikePdf(file)) {
                throw new InvalidInputException("report", "report.notPdf");
            }
        } catch (IOException e) {
            throw new InvalidInputException("report", "report.notPdf");
        }
        return parsing.read(file, this::inspect);
    }

    private Inspection inspect(PDDocument doc) throws IOException {
        // opened with the empty password: a PDF with only an owner password opens too, but is still encrypted
        // (and may forbid copying text), so it is refused just like one that needs a password to open
        if (doc.isEncrypted()) {
            throw new InvalidInputException("report", "report.encrypted");
        }
        // counted by walking the page tree, not read from its /Count, which may claim anything
        int pages = ReportStructure.pages(doc, maxPages);
        if (pages == 0) {
            throw new InvalidInputException("report", "report.noPages");
        }
        ReportStructure.activeContent(doc);
        String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
        return new Inspection(pages, shorten(title), ReportText.extract(doc, pages));
    }

    /** The title metadata as the report_version column can hold it. */
    private static String shorten(String title) {
        String clean = title == null ? "" : ReportText.clean(title);
        return clean.isEmpty() ? null : clean.substring(0, Math.min(clean.length(), 1000));
    }

    /** PDFBox repairs a lot; a file cut short still lacks its trailing %%EOF, which we require. */
    private static boolean startsAndEndsLikePdf(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] head = new byte[5];
            if (raf.length() < 16 || raf.read(head) != 5 || !new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return false;
            }
            int tailLength = (int) Math.min(2048, raf.length());
            byte[] tail = new byte[tailLength];
            raf.seek(raf.length() - tailLength);
            raf.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }
}
