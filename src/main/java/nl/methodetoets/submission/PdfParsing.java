package nl.methodetoets.submission;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.methodetoets.common.InvalidInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens untrusted PDFs bounded in time and memory: PDFBox may decode at most
 * {@code methodetoets.submission.max-decoded-bytes} while a file is open ({@link DecodeBudget}; it decodes streams
 * into heap buffers), the work runs on its own thread and is cancelled at the parse timeout, and the file is read through
 * {@link InterruptibleRead} so a cancelled parse really stops. Failures become the user-facing refusals.
 */
@Component
class PdfParsing implements DisposableBean {
    /** What to do with an open document; runs on a parser thread. */
    interface Work<T> {
        T apply(PDDocument document) throws IOException;
    }

    private static final AtomicInteger THREADS = new AtomicInteger();
    // a thread per parse rather than a fixed pool: a slow PDF must not make the next upload wait in a queue
    // and time out on someone else's file
    private final ExecutorService parsers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pdf-parse-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Duration timeout;
    private final long maxDecodedBytes;

    PdfParsing(@Value("${methodetoets.submission.parse-timeout:PT30S}") Duration timeout,
               @Value("${methodetoets.submission.max-decoded-bytes:134217728}") long maxDecodedBytes) {
        this.timeout = timeout;
        this.maxDecodedBytes = maxDecodedBytes;
        DecodeBudget.installed();
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Opens the file and applies the work within the parse timeout and the decode budget. Throws
     * {@link InvalidInputException} with {@code report.parseTimeout}, {@code report.tooMuchContent},
     * {@code report.encrypted} or {@code report.notPdf}, or the work's own refusal.
     */
    <T> T read(Path file, Work<T> work) {
        Future<T> parse = parsers.submit(() -> open(file, work));
        try {
            return parse.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new InvalidInputException("report", "report.parseTimeout");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InvalidInputException refusal) {
                throw refusal;
            }
            if (e.getCause() instanceof InvalidPasswordException) {
                throw new InvalidInputException("report", "report.encrypted");
            }
            throw new InvalidInputException("report", "report.notPdf");
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new InvalidInputException("report", "report.parseTimeout");
        }
    }

    private <T> T open(Path file, Work<T> work) throws IOException {
        try (DecodeBudget.Scope budget = DecodeBudget.open(maxDecodedBytes)) {
            try (InterruptibleRead source = new InterruptibleRead(new RandomAccessReadBufferedFile(file));
                 PDDocument document = Loader.loadPDF(source, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
                T result = work.apply(document);
                if (budget.exceeded()) {
                    throw tooMuchContent(); // PDFBox caught the budget's failure somewhere and went on
                }
                return result;
            } catch (IOException | RuntimeException e) {
                if (budget.exceeded()) {
                    throw tooMuchContent();
                }
                throw e;
            }
        }
    }

    private InvalidInputException tooMuchContent() {
        return new InvalidInputException("report", "report.tooMuchContent", maxDecodedBytes / (1024 * 1024));
    }

    @Override
    public void destroy() {
        parsers.shutdownNow();
    }
}
