package nl.methodetoets.advice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;

/**
 * PDF/UA (ISO 14289-1, 7.18.5) wants every link annotation to describe itself in its {@code /Contents}; openhtmltopdf
 * does not write one for a link inside the document. After the pages are drawn and before the file is written, this
 * gives every such link the {@code title} of the {@code <a>} it was made for: the anchor whose box on the same page
 * overlaps the annotation most. Only anchors with an id starting with {@value #ID_PREFIX} are looked up, so the work
 * stays proportional to the handful of links of the table of contents.
 */
final class LinkDescriptions implements PDFCreationListener {
    static final String ID_PREFIX = "link-";
    private static final Pattern IDS = Pattern.compile(Pattern.quote(ID_PREFIX) + ".*");

    @Override
    public void preOpen(PdfBoxRenderer renderer) {
        // nothing to prepare
    }

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        // the links do not exist yet: they are made while the pages are drawn
    }

    @Override
    public void onClose(PdfBoxRenderer renderer) {
        List<PagePosition<Box>> anchors = renderer.findPagePositionsByID(IDS);
        int index = 0;
        for (PDPage page : renderer.getPdfDocument().getPages()) {
            List<PDAnnotation> annotations;
            try {
                annotations = page.getAnnotations();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (PDAnnotation annotation : annotations) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(describe(anchors, index, link.getRectangle()));
                }
            }
            index++;
        }
    }

    /** The title of the anchor on page {@code pageIndex} that overlaps {@code area} most; a plain word without one. */
    static String describe(List<PagePosition<Box>> anchors, int pageIndex, PDRectangle area) {
        String best = null;
        double bestOverlap = 0;
        for (PagePosition<Box> anchor : anchors) {
            if (anchor.getPageNo() != pageIndex) {
                continue;
            }
            double overlap = overlap(area, anchor);
            String title = anchor.getElement() == null || anchor.getElement().getElement() == null ? ""
                    : anchor.getElement().getElement().getAttribute("title");
            if (overlap > bestOverlap && !title.isBlank()) {
                bestOverlap = overlap;
                best = title;
            }
        }
        return best != null ? best : "Verwijzing";
    }

    private static double overlap(PDRectangle area, PagePosition<Box> anchor) {
        double width = Math.min(area.getUpperRightX(), anchor.getX() + anchor.getWidth())
                - Math.max(area.getLowerLeftX(), anchor.getX());
        double height = Math.min(area.getUpperRightY(), anchor.getY() + anchor.getHeight())
                - Math.max(area.getLowerLeftY(), anchor.getY());
        return width <= 0 || height <= 0 ? 0 : width * height;
    }
}
