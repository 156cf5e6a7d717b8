package nl.methodetoets.submission;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.methodetoets.common.InvalidInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides whether an upload is a real, readable study report: a PDF that parses completely with PDFBox
 * (temp-file stream cache, bounded in time), is not encrypted, has pages and ends like a PDF ends.
 */
@Component
class ReportInspector implements DisposableBean {
    record Inspection(int pages, String title) {
    }

    private final ExecutorService parsers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "report-inspector");
        t.setDaemon(true);
        return t;
    });
    private final Duration timeout;

    ReportInspector(@Value("${methodetoets.submission.parse-timeout:PT30S}") Duration timeout) {
        this.timeout = timeout;
    }

    Inspection inspect(Path file, long bytes) {
        if (bytes == 0) {
            throw new InvalidInputException("report", "report.empty");
        }
        Future<Inspection> parse = parsers.submit(() -> parse(file));
        try {
            return parse.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new InvalidInputException("report", "report.parseTimeout");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("report", "report.notPdf");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidInputException("report", "report.parseTimeout");
        }
    }

    private static Inspection parse(Path file) throws IOException {
        if (!startsAndEndsLikePdf(file)) {
            throw new InvalidInputException("report", "report.notPdf");
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (doc.isEncrypted()) {
                throw new InvalidInputException("report", "report.encrypted");
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new InvalidInputException("report", "report.noPages");
            }
            String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
            return new Inspection(pages, title);
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("report", "report.encrypted");
        }
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

    @Override
    public void destroy() {
        parsers.shutdownNow();
    }
}
