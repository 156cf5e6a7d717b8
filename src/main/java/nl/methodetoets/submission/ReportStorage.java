package nl.methodetoets.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.methodetoets.common.DurableFiles;
import nl.methodetoets.common.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Report files under {@code <data-dir>/reports}: uploads are streamed to a temp file (never held whole in
 * memory), hashed on the way, and moved into place with an fsync before the database records them; a
 * rolled-back transaction takes the file away again, so a refused upload leaves nothing behind.
 */
@Component
class ReportStorage {
    record Received(Path file, String sha256, long bytes) {
    }

    private final Path root;
    private final Path incoming;
    private final long maxBytes;

    ReportStorage(@Value("${methodetoets.data-dir}") Path dataDir,
                  @Value("${methodetoets.submission.max-report-bytes}") long maxBytes) throws IOException {
        this.root = Files.createDirectories(dataDir.resolve("reports"));
        this.incoming = Files.createDirectories(dataDir.resolve("incoming"));
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** A size as the refusal names it: megabytes with one decimal at most ("2", "1,5"), formatted per locale. */
    static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP);
    }

    /** Streams the upload to a temp file; the caller must {@link #discard} it unless it is {@link #store}d. */
    Received receive(InputStream upload) {
        Path temp = null;
        try {
            temp = Files.createTempFile(incoming, "upload-", ".pdf");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long bytes = 0;
            try (InputStream in = new DigestInputStream(upload, sha); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    bytes += n;
                    if (bytes > maxBytes) {
                        throw new InvalidInputException("report", "report.tooLarge", megabytes(maxBytes));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new Received(temp, HexFormat.of().formatHex(sha.digest()), bytes);
        } catch (IOException e) {
            discard(temp);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard(temp);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            discard(temp);
            throw new IllegalStateException(e);
        }
    }

    /** Moves a received file to its durable place, flushed to disk; undone if the transaction rolls back. */
    String store(Received received, String studyId, int version) {
        return storeAt(received, studyId + "/v" + version + ".pdf");
    }

    /** An objection's attachment, next to the study's report versions; as {@link #store} otherwise. */
    String storeObjectionAttachment(Received received, String studyId, String objectionId) {
        return storeAt(received, studyId + "/objection-" + objectionId + ".pdf");
    }

    private String storeAt(Received received, String key) {
        Path target = root.resolve(key);
        try {
            DurableFiles.moveIntoPlace(received.file(), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        discard(target);
                    }
                }
            });
        }
        return key;
    }

    Path file(String key) {
        return root.resolve(key);
    }

    void discard(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray temp file is harmless; the next start's cleanup may take it
            }
        }
    }
}
