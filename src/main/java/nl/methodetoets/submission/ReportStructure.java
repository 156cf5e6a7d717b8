package nl.methodetoets.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import nl.methodetoets.common.InvalidInputException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What a report may not contain, checked on the PDF's object graph (the COS objects) rather than through PDFBox's
 * page and action classes, which trust what the file claims: the page tree is walked down its {@code /Kids} with a
 * visited set (a tree that comes back to itself, or a {@code /Count} of two billion, cannot make it loop or lie), and
 * every object reachable from the trailer is visited once, looking for active content.
 *
 * <p>Refused, each with its own message: more pages than the cap, a page tree that loops, a page larger than the
 * 14,400 units PDF allows, JavaScript anywhere (document open action, the names tree, additional actions of pages,
 * annotations and form fields, links, rendition actions), Launch actions, embedded files (the names tree, file
 * specifications with an embedded stream, file attachment annotations). Every stream that is not an image is decoded
 * once, into nothing, so {@link DecodeBudget} sees a decompression bomb before text extraction meets it (PDFBox
 * inflates single-filter page contents as a stream, outside the filters the budget wraps).
 */
final class ReportStructure {
    /** The largest page side PDF allows (ISO 32000, Annex C), in default user units: 200 inches, about 5 metres. */
    static final float MAX_PAGE_SIDE = 14_400;

    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private ReportStructure() {
    }

    /** Checks the page tree and returns the number of pages it really has. */
    static int pages(PDDocument document, int maxPages) throws IOException {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            return 0;
        }
        Set<COSDictionary> seen = identitySet();
        // kids are resolved only when their turn comes: a node with 200,000 kids costs nothing past the cap
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(new Node(root, null));
        int pages = 0;
        long entries = 0;
        long maxEntries = 4L * maxPages + 1000;
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!(resolve(node.item) instanceof COSDictionary dictionary)) {
                continue;
            }
            if (!seen.add(dictionary)) {
                throw new InvalidInputException("report", "report.pageTreeLoop");
            }
            COSArray box = dictionary.getCOSArray(COSName.MEDIA_BOX);
            COSArray mediaBox = box != null ? box : node.inheritedMediaBox;
            if (isPageTreeNode(dictionary)) {
                COSArray kids = dictionary.getCOSArray(COSName.KIDS);
                // a real tree has about as many entries as pages (kids of kids, one per page); more can only be
                // empty branches or one Kids array shared by many nodes, which is refused before it costs much
                entries += kids == null ? 0 : kids.size();
                if (entries > maxEntries) {
                    throw new InvalidInputException("report", "report.tooManyPages", maxPages);
                }
                // pushed in reverse, so pages are met in document order
                for (int i = kids == null ? -1 : kids.size() - 1; i >= 0; i--) {
                    todo.push(new Node(kids.get(i), mediaBox));
                }
            } else {
                if (++pages > maxPages) {
                    throw new InvalidInputException("report", "report.tooManyPages", maxPages);
                }
                checkSize(mediaBox);
                if (pages % 256 == 0) {
                    InterruptibleRead.checkInterrupted();
                }
            }
        }
        checkParentChains(seen);
        return pages;
    }

    /** Refuses JavaScript, Launch actions and embedded files anywhere, and decodes every non-image stream once. */
    static void activeContent(PDDocument document) throws IOException {
        Set<COSBase> seen = identitySet();
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(document.getDocument().getTrailer());
        int visited = 0;
        while (!todo.isEmpty()) {
            COSBase item = resolve(todo.pop());
            if (!(item instanceof COSDictionary || item instanceof COSArray) || !seen.add(item)) {
                continue;
            }
            if (++visited % 1024 == 0) {
                InterruptibleRead.checkInterrupted();
            }
            if (item instanceof COSArray array) {
                array.forEach(todo::push);
                continue;
            }
            COSDictionary dictionary = (COSDictionary) item;
            check(dictionary);
            if (dictionary instanceof COSStream stream) {
                decodeOnce(stream);
            }
            dictionary.getValues().forEach(todo::push);
        }
    }

    /** Decodes a page's content streams into nothing, against the decode budget (for the preview). */
    static void decodeContents(PDPage page) throws IOException {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream stream) {
            decodeOnce(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    decodeOnce(stream);
                }
            }
        }
    }

    private static void check(COSDictionary dictionary) {
        COSName action = dictionary.getCOSName(COSName.S);
        if (COSName.JAVA_SCRIPT.equals(action) || dictionary.containsKey(COSName.JS)) {
            throw new InvalidInputException("report", "report.javaScript");
        }
        if (LAUNCH.equals(action)) {
            throw new InvalidInputException("report", "report.launchAction");
        }
        if (dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
                || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
            throw new InvalidInputException("report", "report.embeddedFile");
        }
    }

    /**
     * Decodes a stream into nothing, so its decoded size counts against the {@link DecodeBudget}. Images are left to
     * the preview (which has its own budget); object and cross-reference streams were decoded (and counted) by the
     * parser already. A stream PDFBox cannot decode is not refused here: PDFBox reads past damage elsewhere too.
     */
    private static void decodeOnce(COSStream stream) throws IOException {
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                || COSName.OBJ_STM.equals(stream.getCOSName(COSName.TYPE))
                || COSName.XREF.equals(stream.getCOSName(COSName.TYPE))) {
            return;
        }
        List<COSName> filters = filters(stream.getFilters());
        if (filters.isEmpty() || filters.stream().anyMatch(IMAGE_CODECS::contains)) {
            return;
        }
        try {
            if (filters.size() == 1) {
                // streamed straight into nothing: no buffer, however large the stream claims to be
                try (InputStream raw = stream.createRawInputStream()) {
                    FilterFactory.INSTANCE.getFilter(filters.get(0)).decode(raw, OutputStream.nullOutputStream(), stream, 0);
                }
            } else {
                // a chain is buffered by PDFBox between filters; the budget bounds that buffer
                try (InputStream decoded = stream.createInputStream()) {
                    decoded.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (DecodeBudget.Exceeded e) {
            throw e;
        } catch (IOException e) {
            InterruptibleRead.checkInterrupted();
            // damaged stream: not ours to judge
        }
    }

    private static List<COSName> filters(COSBase filter) {
        List<COSName> names = new ArrayList<>();
        if (filter instanceof COSName name) {
            names.add(name);
        } else if (filter instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static void checkSize(COSArray mediaBox) {
        if (mediaBox == null || mediaBox.size() < 4) {
            return; // PDFBox (and viewers) fall back to US Letter
        }
        float[] values = new float[4];
        for (int i = 0; i < 4; i++) {
            if (!(mediaBox.getObject(i) instanceof COSNumber number)) {
                return;
            }
            values[i] = number.floatValue();
        }
        float width = Math.abs(values[2] - values[0]);
        float height = Math.abs(values[3] - values[1]);
        if (!Float.isFinite(width) || !Float.isFinite(height) || width > MAX_PAGE_SIDE || height > MAX_PAGE_SIDE) {
            throw new InvalidInputException("report", "report.pageTooLarge", (int) MAX_PAGE_SIDE);
        }
    }

    /**
     * PDFBox looks up inherited page attributes by following {@code /Parent} upwards, recursively: a {@code /Parent}
     * chain that loops would overflow its stack even when {@code /Kids} do not loop. Each node is checked once.
     */
    private static void checkParentChains(Set<COSDictionary> nodes) {
        Set<COSDictionary> fine = identitySet();
        for (COSDictionary node : nodes) {
            Set<COSDictionary> chain = identitySet();
            for (COSDictionary at = node; at != null && !fine.contains(at); at = parentNode(at)) {
                if (!chain.add(at)) {
                    throw new InvalidInputException("report", "report.pageTreeLoop");
                }
            }
            fine.addAll(chain);
        }
    }

    /** The parent PDFBox would inherit from (it only follows a parent of type /Pages). */
    private static COSDictionary parentNode(COSDictionary node) {
        COSDictionary parent = node.getCOSDictionary(COSName.PARENT, COSName.P);
        return parent != null && COSName.PAGES.equals(parent.getCOSName(COSName.TYPE)) ? parent : null;
    }

    /** As PDFBox decides it (PDPageTree.isPageTreeNode). */
    private static boolean isPageTreeNode(COSDictionary node) {
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    private static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private record Node(COSBase item, COSArray inheritedMediaBox) {
    }
}
