package nl.methodetoets.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The one maker of small but real PDF reports (title metadata, text on each page), for demo data and for tests;
 * tests build their odd variants (encrypted, truncated, padded to a size) on top of {@link #document}.
 */
public final class DemoReports {
    private DemoReports() {
    }

    /** A report of {@code pages} pages, each showing the title and "pagina i van n". */
    public static byte[] pdf(String title, int pages) {
        return pdf(title, pages, List.of());
    }

    /** As {@link #pdf(String, int)}, followed by one page per entry of {@code extraPages} showing just that text. */
    public static byte[] pdf(String title, int pages, List<String> extraPages) {
        try (PDDocument doc = document(title, pages, extraPages, IOUtils.createMemoryOnlyStreamCache())) {
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report as an open document (the caller closes it), its streams cached by {@code cache}: a temp-file cache
     * lets a test make a very large file without filling the heap.
     */
    public static PDDocument document(String title, int pages, List<String> extraPages, StreamCacheCreateFunction cache)
            throws IOException {
        PDDocument doc = new PDDocument(cache);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        doc.setDocumentInformation(info);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int i = 1; i <= pages; i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(font, 14);
                text.newLineAtOffset(72, 760);
                text.showText(ascii(title));
                text.newLineAtOffset(0, -24);
                text.setFont(font, 11);
                text.showText("Onderzoeksrapport, pagina " + i + " van " + pages);
                text.endText();
            }
        }
        for (String extra : extraPages) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(font, 11);
                text.newLineAtOffset(72, 700);
                text.showText(ascii(extra));
                text.endText();
            }
        }
        return doc;
    }

    /** The document saved as bytes. */
    public static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** The standard Helvetica has no glyphs outside WinAnsi; keep demo text printable. */
    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "");
    }
}
