package nl.methodetoets.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files under {@code <data-dir>/<area>/<key>} on this machine's disk: the embedded default, one node. Written to a
 * temp file, flushed and moved into place ({@link DurableFiles}); a file taken in during a transaction that then rolls
 * back is removed again, so a refused upload leaves nothing behind.
 */
@Component
@ConditionalOnProperty(name = "methodetoets.files.store", havingValue = "directory", matchIfMissing = true)
class DirectoryFileStore implements FileStore {
    private final Path root;

    DirectoryFileStore(@Value("${methodetoets.data-dir}") Path dataDir) {
        this.root = dataDir;
    }

    @Override
    public void moveIn(String area, String key, Path source) {
        Path target = path(area, key);
        try {
            DurableFiles.moveIntoPlace(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        removeOnRollback(target);
    }

    @Override
    public void write(String area, String key, DurableFiles.Content content) {
        try {
            DurableFiles.write(path(area, key), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Path> find(String area, String key) {
        Path file = path(area, key);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The file's place whether or not it is there (a missing file then fails where it is read, as before). */
    @Override
    public Path get(String area, String key) {
        return path(area, key);
    }

    private Path path(String area, String key) {
        Path areaRoot = root.resolve(area).normalize();
        Path file = areaRoot.resolve(key).normalize();
        if (!file.startsWith(areaRoot) || file.equals(areaRoot)) {
            throw new IllegalArgumentException("not a file key: " + key);
        }
        return file;
    }

    private static void removeOnRollback(Path target) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(target);
                        } catch (IOException ignored) {
                            // a stray file that no row names is harmless
                        }
                    }
                }
            });
        }
    }
}
