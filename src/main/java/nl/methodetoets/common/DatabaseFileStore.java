package nl.methodetoets.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in the database (issue 14): every node of a cluster reads what any node stored, and a file is written in the
 * same transaction as the rows that point at it, so both are there or neither. A file is a row of
 * {@code stored_file} (size, SHA-256) with its bytes in {@code stored_file_chunk} rows of at most {@link #CHUNK} bytes:
 * plain {@code bytea}, streamed in and out one chunk at a time, so a 50 MB report never sits whole in the heap, and
 * no large objects to unlink.
 *
 * <p>Readers get a node-local copy under {@code <data-dir>/file-cache/<sha256>/<name>}: written once, checked against
 * the stored SHA-256, and never stale, because a different content has a different name. The copies together stay
 * under {@code methodetoets.files.cache-max-bytes}: after a new copy, the least recently read ones go (a copy read in
 * the last minute stays, as a download of it may just be starting). Nothing else of the application's state is on
 * the node's disk, except files that a single node of an earlier version kept in its data directory: those are still
 * served from there until the one-off {@link FileImport} has put them in the database, so an upgrade does not lose
 * them from view.
 */
@Component
@ConditionalOnProperty(name = "methodetoets.files.store", havingValue = "database")
class DatabaseFileStore implements FileStore {
    static final int CHUNK = 1024 * 1024;
    /** A copy read this recently is never evicted: a download may have its path and not have opened it yet. */
    static final Duration IN_USE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Path cache;
    private final Path temp;
    private final Clock clock;
    private final long cacheMaxBytes;
    /** Files a node of an earlier version kept on this disk, served until {@link FileImport} has moved them in. */
    private final DirectoryFileStore legacy;

    DatabaseFileStore(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
                      @Value("${methodetoets.data-dir}") Path dataDir,
                      @Value("${methodetoets.files.cache-max-bytes:2147483648}") long cacheMaxBytes) throws IOException {
        this.jdbc = jdbc;
        this.cacheMaxBytes = cacheMaxBytes;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.legacy = new DirectoryFileStore(dataDir);
        this.cache = Files.createDirectories(dataDir.resolve("file-cache"));
        this.temp = Files.createDirectories(cache.resolve("incoming"));
    }

    @Override
    public void moveIn(String area, String key, Path source) {
        try {
            store(area, key, source);
        } finally {
            delete(source);
        }
    }

    @Override
    public void write(String area, String key, DurableFiles.Content content) {
        Path file = null;
        try {
            file = Files.createTempFile(temp, "write-", ".tmp");
            try (OutputStream out = Files.newOutputStream(file)) {
                content.writeTo(out);
            }
            store(area, key, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    @Override
    public Optional<Path> find(String area, String key) {
        Optional<Stored> stored = header(area, key);
        if (stored.isEmpty()) {
            return legacy.find(area, key);
        }
        Path copy = cache.resolve(stored.get().sha256()).resolve(name(key));
        try {
            if (Files.isRegularFile(copy)) {
                Files.setLastModifiedTime(copy, FileTime.from(clock.instant())); // read now: the last to evict
                return Optional.of(copy);
            }
            DurableFiles.write(copy, out -> copyOut(area, key, stored.get(), out));
            Files.setLastModifiedTime(copy, FileTime.from(clock.instant()));
        } catch (NoSuchFileException e) {
            return find(area, key); // evicted between the check and the touch
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        evict();
        return Optional.of(copy);
    }

    /** Keeps the copies under the cache's size: the least recently read go first, none read within {@link #IN_USE}. */
    synchronized void evict() {
        record Copy(Path file, long bytes, Instant read) {
        }
        List<Copy> copies = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(cache)) {
            walk.filter(f -> !f.startsWith(temp) && Files.isRegularFile(f)).forEach(f -> {
                try {
                    copies.add(new Copy(f, Files.size(f), Files.getLastModifiedTime(f).toInstant()));
                } catch (IOException gone) {
                    // taken away meanwhile
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long total = copies.stream().mapToLong(Copy::bytes).sum();
        Instant inUse = clock.instant().minus(IN_USE);
        copies.sort(Comparator.comparing(Copy::read));
        for (Copy copy : copies) {
            if (total <= cacheMaxBytes || !copy.read().isBefore(inUse)) {
                break;
            }
            delete(copy.file());
            delete(copy.file().getParent()); // its SHA-256 directory, empty now
            total -= copy.bytes();
        }
    }

    /** Whether a file is stored under the key (without copying it out). */
    boolean exists(String area, String key) {
        return header(area, key).isPresent();
    }

    private record Stored(long bytes, int chunks, String sha256) {
    }

    private Optional<Stored> header(String area, String key) {
        return jdbc.sql("select bytes, chunks, sha256 from stored_file where area = ? and file_key = ?")
                .params(area, key)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    /**
     * Writes the file's rows in the running transaction, or in one of its own. Two writers of the same key without
     * a transaction around them (two viewers rendering one preview) clash on the key: the later one then replaces
     * what the first committed.
     */
    private void store(String area, String key, Path source) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            insert(area, key, source);
            return;
        }
        try {
            tx.executeWithoutResult(status -> insert(area, key, source));
        } catch (DuplicateKeyException e) {
            tx.executeWithoutResult(status -> insert(area, key, source));
        }
    }

    private void insert(String area, String key, Path source) {
        jdbc.sql("delete from stored_file_chunk where area = ? and file_key = ?").params(area, key).update();
        jdbc.sql("delete from stored_file where area = ? and file_key = ?").params(area, key).update();
        jdbc.sql("insert into stored_file (area, file_key, bytes, chunks, sha256, stored_at) values (?, ?, 0, 0, '', ?)")
                .params(area, key, OffsetDateTime.now(clock)).update();
        MessageDigest sha = sha256();
        long bytes = 0;
        int chunks = 0;
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(source)) {
            for (int n; (n = in.readNBytes(buffer, 0, CHUNK)) > 0; ) {
                sha.update(buffer, 0, n);
                jdbc.sql("insert into stored_file_chunk (area, file_key, seq, data) values (?, ?, ?, ?)")
                        .params(area, key, chunks, n == CHUNK ? buffer : Arrays.copyOf(buffer, n)).update();
                bytes += n;
                chunks++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("update stored_file set bytes = ?, chunks = ?, sha256 = ? where area = ? and file_key = ?")
                .params(bytes, chunks, HexFormat.of().formatHex(sha.digest()), area, key).update();
    }

    private void copyOut(String area, String key, Stored stored, OutputStream out) throws IOException {
        MessageDigest sha = sha256();
        long bytes = 0;
        for (int seq = 0; seq < stored.chunks(); seq++) {
            byte[] data = jdbc.sql("select data from stored_file_chunk where area = ? and file_key = ? and seq = ?")
                    .params(area, key, seq).query(byte[].class).optional()
                    .orElseThrow(() -> new IOException("a chunk of " + area + "/" + key + " is missing"));
            sha.update(data);
            out.write(data);
            bytes += data.length;
        }
        // replaced while it was read: the next read takes the new one
        if (bytes != stored.bytes() || !HexFormat.of().formatHex(sha.digest()).equals(stored.sha256())) {
            throw new IOException(area + "/" + key + " changed while it was read");
        }
    }

    /** The last part of the key: downloads and the archive name a file by it. */
    private static String name(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("not a file key: " + key);
        }
        return name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray temp file is harmless
            }
        }
    }
}
