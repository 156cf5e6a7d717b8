package nl.methodetoets.app;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import nl.methodetoets.demo.DemoReports;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Odd files a submitter might upload, made on the spot (nothing checked in): the PDFs are {@link DemoReports}
 * reports made broken, encrypted or padded; good reports come from {@link DemoReports} itself.
 */
final class TestPdfs {
    private TestPdfs() {
    }

    /** Protected with a password needed to open it. */
    static byte[] encryptedWithUserPassword() {
        return protect("eigenaar-geheim", "lezer-geheim");
    }

    /** Opens without a password but is encrypted with an owner password (and restricts copying). */
    static byte[] encryptedWithOwnerPasswordOnly() {
        return protect("eigenaar-geheim", "");
    }

    /** The first 60 % of a real report, as a broken upload would leave it. */
    static byte[] truncated() {
        byte[] pdf = DemoReports.pdf("Afgebroken rapport", 8);
        return Arrays.copyOf(pdf, pdf.length * 6 / 10);
    }

    /** Looks like a PDF at both ends, is nonsense in between. */
    static byte[] malformed() {
        return ("%PDF-1.7\n" + "dit is geen pdf-inhoud maar het lijkt er van buiten op\n".repeat(40) + "%%EOF\n").getBytes();
    }

    /** A real PNG image (to be sent with a .pdf name). */
    static byte[] png() {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A valid two-page PDF of exactly {@code size} bytes, written to a file: the bulk is an uncompressed padding
     * stream hung off the catalogue, so PDFBox never needs to read it. Made with a temp-file stream cache, so making
     * a 50 MB file does not fill this JVM's heap either.
     */
    static Path ofExactSize(Path dir, String title, long size) {
        try {
            Path file = Files.createTempFile(dir, "exact-", ".pdf");
            long padding = size - 20_000;
            for (int attempt = 0; attempt < 5; attempt++) {
                write(file, title, padding);
                long actual = Files.size(file);
                if (actual == size) {
                    return file;
                }
                padding += size - actual;
            }
            throw new IllegalStateException("could not hit " + size + " bytes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String title, long padding) throws IOException {
        try (PDDocument base = DemoReports.document(title, 2, List.of(), IOUtils.createTempFileOnlyStreamCache())) {
            COSStream pad = base.getDocument().createCOSStream();
            try (OutputStream out = pad.createRawOutputStream()) {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                for (long left = padding; left > 0; left -= chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, left));
                }
            }
            base.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("MethodetoetsPadding"), pad);
            Files.deleteIfExists(file);
            base.save(file.toFile());
        }
    }

    private static byte[] protect(String owner, String user) {
        try (PDDocument doc = DemoReports.document("Beveiligd rapport", 2, List.of(), IOUtils.createMemoryOnlyStreamCache())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return DemoReports.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
