package nl.methodetoets.app;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import nl.methodetoets.demo.DemoReports;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * The hostile PDFs of the hostile-input corpus ({@code src/test/resources/hostile/pdf/}), and how they were made:
 * each is an ordinary {@link DemoReports} report with one attack added (or a file made broken by {@link TestPdfs}).
 * They are committed, not made per test run: {@link #main} wrote them once and writes them again (run it with the test
 * classpath). Plus a good report with what a real report has that resembles an attack (links to web pages, a form
 * without scripts, an image), made on the spot.
 */
public final class HostilePdfs {
    static final Path DIR = Path.of("src/test/resources/hostile/pdf");
    /** What the Flate bomb inflates to. */
    static final long BOMB_BYTES = 1L << 30;
    static final int MANY_PAGES = 200_000;
    static final float HUGE_SIDE = 14_400_000;

    private HostilePdfs() {
    }

    /** Every hostile file by name. */
    static Map<String, byte[]> all() {
        return Map.ofEntries(
                Map.entry("js-openaction.pdf", jsOpenAction()),
                Map.entry("js-names-tree.pdf", jsNamesTree()),
                Map.entry("js-link.pdf", jsLink()),
                Map.entry("js-page-aa.pdf", jsPageAdditionalAction()),
                Map.entry("js-form-field.pdf", jsFormField()),
                Map.entry("launch-action.pdf", launchAction()),
                Map.entry("embedded-exe.pdf", embeddedExe()),
                Map.entry("file-attachment.pdf", fileAttachment()),
                Map.entry("pages-200000.pdf", manyPages(MANY_PAGES)),
                Map.entry("page-tree-loop.pdf", pageTreeLoop()),
                Map.entry("flate-bomb-1gib.pdf", flateBomb(BOMB_BYTES)),
                Map.entry("huge-mediabox.pdf", hugeMediaBox()),
                Map.entry("not-a-pdf.pdf", TestPdfs.png()),
                Map.entry("encrypted.pdf", TestPdfs.encryptedWithUserPassword()),
                Map.entry("truncated.pdf", TestPdfs.truncated()));
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : DIR;
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : all().entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
            System.out.println(file.getKey() + " " + file.getValue().length);
        }
    }

    static byte[] jsOpenAction() {
        return edit("JavaScript bij openen", doc -> doc.getDocumentCatalog().setOpenAction(script("app.alert('opened');")));
    }

    static byte[] jsNamesTree() {
        return edit("JavaScript in de namenboom", doc -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", script("app.alert('names tree');")));
            names(doc).setJavascript(scripts);
        });
    }

    static byte[] jsLink() {
        return edit("JavaScript in een link", doc -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 600, 200, 20));
            link.setAction(script("app.launchURL('https://evil.example/', true);"));
            doc.getPage(0).getAnnotations().add(link);
        });
    }

    static byte[] jsPageAdditionalAction() {
        return edit("JavaScript bij openen van een pagina", doc -> {
            COSDictionary actions = new COSDictionary();
            actions.setItem(COSName.O, script("app.alert('page opened');"));
            doc.getPage(0).getCOSObject().setItem(COSName.AA, actions);
        });
    }

    static byte[] jsFormField() {
        return edit("JavaScript in een formulierveld", doc -> {
            PDTextField field = textField(doc, "naam");
            COSDictionary actions = new COSDictionary();
            actions.setItem(COSName.K, script("event.value = event.value; app.alert('keystroke');"));
            field.getCOSObject().setItem(COSName.AA, actions);
        });
    }

    static byte[] launchAction() {
        return edit("Programma starten", doc -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDSimpleFileSpecification(new COSString("C:\\Windows\\System32\\calc.exe")));
            doc.getDocumentCatalog().setOpenAction(launch);
        });
    }

    static byte[] embeddedExe() {
        return edit("Ingesloten programma", doc -> {
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("setup.exe", exe(doc)));
            names(doc).setEmbeddedFiles(files);
        });
    }

    static byte[] fileAttachment() {
        return edit("Bijlage als annotatie", doc -> {
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(72, 600, 20, 20));
            attachment.setFile(exe(doc));
            doc.getPage(0).getAnnotations().add(attachment);
        });
    }

    /** {@code pages} pages that share one content stream and one resource dictionary; saved with object streams. */
    static byte[] manyPages(int pages) {
        try (PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            COSStream content = doc.getDocument().createCOSStream();
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                out.write("BT /F1 11 Tf 72 760 Td (Heel veel pagina's) Tj ET".getBytes(StandardCharsets.US_ASCII));
            }
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.getCOSObject().setItem(COSName.CONTENTS, content);
                page.setResources(resources);
                doc.addPage(page);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes, CompressParameters.DEFAULT_COMPRESSION);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page tree whose root lists itself among its kids and claims two billion pages. */
    static byte[] pageTreeLoop() {
        return edit("Paginaboom in een lus", doc -> {
            COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            root.getCOSArray(COSName.KIDS).add(root);
            root.setInt(COSName.COUNT, 2_000_000_000);
        });
    }

    /**
     * Page 1's content is a Flate stream of {@code inflated} bytes (a line of text, then spaces), written compressed
     * straight into the file: about a thousandth of that on disk.
     */
    static byte[] flateBomb(long inflated) {
        return edit("Zip-bom", doc -> {
            COSStream bomb = doc.getDocument().createCOSStream();
            bomb.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream raw = bomb.createRawOutputStream();
                 DeflaterOutputStream deflate = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
                byte[] head = "BT /F1 11 Tf 72 700 Td (Zip-bom) Tj ET\n".getBytes(StandardCharsets.US_ASCII);
                deflate.write(head);
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (long left = inflated - head.length; left > 0; left -= spaces.length) {
                    deflate.write(spaces, 0, (int) Math.min(spaces.length, left));
                }
            }
            doc.getPage(0).getCOSObject().setItem(COSName.CONTENTS, bomb);
        });
    }

    /** A page of 14,400,000 by 14,400,000 points (about 5 km square), a thousand times what PDF allows. */
    static byte[] hugeMediaBox() {
        return edit("Reuzenpagina", doc -> doc.getPage(0).setMediaBox(new PDRectangle(HUGE_SIDE, HUGE_SIDE)));
    }

    /**
     * A good report with what real reports have and an over-eager check might take for an attack: links to web pages
     * (URI actions), a form field without scripts, an image.
     */
    public static byte[] goodReportWithLinksFormAndImage() {
        return edit("Rapport met links, formulier en afbeelding", doc -> {
            PDPage page = doc.getPage(0);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 600, 200, 20));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.cbs.nl/");
            link.setAction(uri);
            page.getAnnotations().add(link);
            textField(doc, "opmerking");
            BufferedImage image = new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.BLUE);
            g.fillRect(0, 0, 200, 120);
            g.dispose();
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                content.drawImage(xobject, 72, 400, 200, 120);
            }
        });
    }

    private interface Edit {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] edit(String title, Edit edit) {
        try (PDDocument doc = DemoReports.document(title, 2, List.of(), IOUtils.createMemoryOnlyStreamCache())) {
            edit.apply(doc);
            return DemoReports.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDActionJavaScript script(String code) {
        return new PDActionJavaScript(code);
    }

    private static PDDocumentNameDictionary names(PDDocument doc) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        if (catalog.getNames() == null) {
            catalog.setNames(new PDDocumentNameDictionary(catalog));
        }
        return catalog.getNames();
    }

    /** A file specification with an embedded "setup.exe" (an MZ header and nothing harmful). */
    private static PDComplexFileSpecification exe(PDDocument doc) throws IOException {
        byte[] mz = "MZ\u0090\u0000 this is not a real program".getBytes(StandardCharsets.ISO_8859_1);
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(mz));
        file.setSubtype("application/x-msdownload");
        file.setSize(mz.length);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("setup.exe");
        spec.setFileUnicode("setup.exe");
        spec.setEmbeddedFile(file);
        return spec;
    }

    private static PDTextField textField(PDDocument doc, String name) throws IOException {
        PDAcroForm form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/Helv 10 Tf 0 g");
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(72, 500, 200, 20));
        widget.setPage(doc.getPage(0));
        doc.getPage(0).getAnnotations().add(widget);
        form.getFields().add(field);
        return field;
    }
}
