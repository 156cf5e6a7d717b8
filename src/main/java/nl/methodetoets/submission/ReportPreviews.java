package nl.methodetoets.submission;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import nl.methodetoets.common.FileStore;
import nl.methodetoets.common.InvalidInputException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * The first page of a report version as a small PNG for the intake queue, rendered once with PDFBox and kept in the
 * {@link FileStore}'s area {@code previews}. A version never changes, so its preview never goes stale.
 */
@Component
class ReportPreviews {
    static final float DPI = 60;
    /**
     * A page with an absurd media box must not become a gigantic image: cap the longest side (new uploads with such a
     * page are refused, but reports stored earlier may have one); a page too thin for a pixel is not drawn at all.
     */
    static final int MAX_PIXELS = 1200;

    static final String AREA = "previews";

    private final FileStore files;
    private final PdfParsing parsing;

    ReportPreviews(FileStore files, PdfParsing parsing) {
        this.files = files;
        this.parsing = parsing;
    }

    /** The cached PNG of page 1 of the given version, rendering it first if needed. */
    Path firstPage(String studyId, int version, Path pdf) {
        String key = studyId + "/v" + version + "-p1.png";
        Optional<Path> png = files.find(AREA, key);
        if (png.isPresent()) {
            return png.get();
        }
        BufferedImage image = parsing.read(pdf, ReportPreviews::render);
        // two viewers rendering at once both end with a complete file in place
        files.write(AREA, key, out -> ImageIO.write(image, "png", out));
        return files.get(AREA, key);
    }

    private static BufferedImage render(PDDocument document) throws IOException {
        PDPage page = document.getPage(0);
        // a page's contents reach the renderer partly outside the decode budget: measure them against it first
        ReportStructure.decodeContents(page);
        PDRectangle box = page.getCropBox();
        float longestSide = Math.max(box.getWidth(), box.getHeight());
        if (!Float.isFinite(longestSide) || Math.min(box.getWidth(), box.getHeight()) * MAX_PIXELS / longestSide < 1) {
            throw new InvalidInputException("report", "report.pageTooLarge", (int) ReportStructure.MAX_PAGE_SIDE);
        }
        float dpi = longestSide <= 0 ? DPI : Math.min(DPI, MAX_PIXELS * 72f / longestSide);
        PDFRenderer renderer = new PDFRenderer(document);
        // images are read at the resolution drawn, not at their own (a 20,000-pixel scan in a thumbnail)
        renderer.setSubsamplingAllowed(true);
        return renderer.renderImageWithDPI(0, dpi);
    }
}
