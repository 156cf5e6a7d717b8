package nl.methodetoets.advice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.methodetoets.common.DurableFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Advice PDFs under {@code <data-dir>/advice/<year>/}, written whole, flushed to disk, then moved into place. */
@Component
class AdviceFiles {
    record Stored(String key, String sha256) {
    }

    private final Path root;

    AdviceFiles(@Value("${methodetoets.data-dir}") Path dataDir) throws IOException {
        this.root = Files.createDirectories(dataDir.resolve("advice"));
    }

    Stored write(int year, String name, byte[] pdf) {
        String key = year + "/" + name;
        Path target = root.resolve(key);
        try {
            DurableFiles.write(target, out -> out.write(pdf));
            return new Stored(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path file(String key) {
        return root.resolve(key);
    }
}
