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
import nl.methodetoets.common.FileStore;
import nl.methodetoets.common.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Report files, area {@code reports} of the {@link FileStore}: uploads are streamed to a temp file under
 * {@code <data-dir>/incoming} (never held whole in memory), hashed on the way, checked, and then taken into the store
 * in the transaction that records them; a rolled-back transaction takes the file away again, so a refused upload
 * leaves nothing behind.
 */
@Component
class ReportStorage {
    record Received(Path file, String sha256, long bytes) {
    }

    static final String AREA = "reports";

    private final FileStore files;
    private final Path incoming;
    private final long maxBytes;

    ReportStorage(FileStore files, @Value("${methodetoets.data-dir}") Path dataDir,
                  @Value("${methodetoets.submission.max-report-bytes}") long maxBytes) throws IOException {
        this.files = files;
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

    /** Takes a received file into the store as part of the running transaction; undone if it rolls back. */
    String store(Received received, String studyId, int version) {
        return storeAt(received, studyId + "/v" + version + ".pdf");
    }

    /** An objection's attachment, next to the study's report versions; as {@link #store} otherwise. */
    String storeObjectionAttachment(Received received, String studyId, String objectionId) {
        return storeAt(received, studyId + "/objection-" + objectionId + ".pdf");
    }

    private String storeAt(Received received, String key) {
        files.moveIn(AREA, key, received.file());
        return key;
    }

    Path file(String key) {
        return files.get(AREA, key);
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
