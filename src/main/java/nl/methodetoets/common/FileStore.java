package nl.methodetoets.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the files the application keeps live: report versions, objection attachments, previews and advice PDFs, each
 * under an area ({@code reports}, {@code previews}, {@code advice}) and a key within it. Two stores, chosen by
 * {@code methodetoets.files.store}:
 * <ul>
 * <li>{@code directory} (the embedded default): files under {@code <data-dir>/<area>/<key>}, flushed and moved into
 * place ({@link DirectoryFileStore});</li>
 * <li>{@code database} (the {@code postgres} profile): the bytes in the database, in the same transaction as the rows
 * that point at them, so every node of a cluster serves what any node received ({@link DatabaseFileStore}).</li>
 * </ul>
 * Readers get a local {@link Path} either way (PDFBox, range requests and the archive's file names work on files); in
 * the database store that is a node-local copy named after the content's SHA-256, which never goes stale.
 */
public interface FileStore {
    /**
     * Takes a written file (a received upload) in under {@code area/key}, replacing what was there, as part of the
     * running transaction: if it rolls back, the stored file is gone again. The source file is gone afterwards.
     */
    void moveIn(String area, String key, Path source);

    /** Writes {@code content} under {@code area/key}, replacing what was there; as {@link #moveIn} otherwise. */
    void write(String area, String key, DurableFiles.Content content);

    /** A local, readable file with what is stored under {@code area/key}, if anything is. */
    Optional<Path> find(String area, String key);

    /** The embedded default's store on {@code dataDir} (for code that runs without the application, e.g. tests). */
    static FileStore inDirectory(Path dataDir) {
        return new DirectoryFileStore(dataDir);
    }

    /** As {@link #find} for a key that a row of the database names, so it must be there. */
    default Path get(String area, String key) {
        return find(area, key).orElseThrow(() -> new IllegalStateException("no stored file " + area + "/" + key));
    }
}
