package nl.methodetoets.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way files reach their final place: written to a temp file next to the target, flushed to disk, then moved
 * atomically, so a reader (or a restart after a crash) sees either no file or a complete one, never half of one.
 */
public final class DurableFiles {
    /** Writes the content of a file; may throw an {@link IOException}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private DurableFiles() {
    }

    /**
     * Writes {@code content} to {@code target}, replacing an existing file: two writers at once both end with a
     * complete file in place.
     */
    public static void write(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Moves an already written file (e.g. a streamed upload) to {@code target}: flushes it first, moves it atomically
     * and flushes the directory. An atomic move is a rename, which on POSIX file systems replaces an existing target.
     */
    public static void moveIntoPlace(Path source, Path target, CopyOption... options) throws IOException {
        Files.createDirectories(target.getParent());
        try (FileChannel channel = FileChannel.open(source, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        CopyOption[] atomic = new CopyOption[options.length + 1];
        atomic[0] = StandardCopyOption.ATOMIC_MOVE;
        System.arraycopy(options, 0, atomic, 1, options.length);
        Files.move(source, target, atomic);
        forceDirectory(target.getParent());
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // not every file system allows opening a directory; the file itself is already forced
        }
    }
}
