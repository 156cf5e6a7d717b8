package nl.methodetoets.advice;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.methodetoets.common.FileStore;
import org.springframework.stereotype.Component;

/**
 * Advice PDFs, area {@code advice} of the {@link FileStore} under {@code <year>/<name>}: written whole, in the
 * rendering job's transaction where the store is the database.
 */
@Component
class AdviceFiles {
    record Stored(String key, String sha256) {
    }

    static final String AREA = "advice";

    private final FileStore files;

    AdviceFiles(FileStore files) {
        this.files = files;
    }

    Stored write(int year, String name, byte[] pdf) {
        String key = year + "/" + name;
        files.write(AREA, key, out -> out.write(pdf));
        try {
            return new Stored(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path file(String key) {
        return files.get(AREA, key);
    }
}
