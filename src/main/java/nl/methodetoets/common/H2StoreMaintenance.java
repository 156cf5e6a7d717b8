package nl.methodetoets.common;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file small: the housekeeping H2's own background writer would do, which {@code WRITE_DELAY=0}
 * switches off.
 *
 * <p>Why it is needed (H2 2.3, MVStore): every commit writes a new chunk with every page it changed, and all the
 * inner pages above them (~150 KB a commit here). {@code WRITE_DELAY=0} makes that write happen before the commit
 * returns (an acknowledged write survives a crash of the process), and it also means H2 starts no background writer,
 * the only thread that compacts during normal work. A chunk's space is used again only once none of its pages is
 * live; without compaction most chunks keep a few live pages (~5 % of their bytes) for good, and the file grew by
 * ~2 MB per study.
 *
 * <p>Each round (every {@code methodetoets.h2.maintenance-interval}) does what H2's background writer does: when
 * less than 70 % of the bytes in the chunks are live, the live pages of the emptiest chunks (up to 4 MB) are written
 * again ({@code MVStore.compact}) and stored at once with a commit; once H2's retention time (45 s) has passed, the old
 * chunks' space is used again by the next chunks, so the file stops growing. It runs under the store's own lock, takes
 * no row locks, changes no data, and writes new chunks the way a commit does. The commit path is unchanged, so every
 * commit is still in the file before it returns.
 *
 * <p>The file itself shrinks when the app stops ({@code MAX_COMPACT_TIME} in the URL). Moving chunks inside a file in
 * use ({@code MVStore.compactFile}) is not done here: H2 does that only when it closes the store, and at run time it
 * failed an assertion in H2 and closed the database (issue 13).
 *
 * <p>H2's store is reached through its classes ({@code JdbcConnection.getSession().getDatabase().getStore()
 * .getMvStore()}) by reflection, as H2 is a runtime dependency only; if that fails (another H2 version) the
 * maintenance logs it once and stops, and H2 works as before. Does nothing on PostgreSQL or an in-memory H2.
 */
@Component
@EnableScheduling
class H2StoreMaintenance {
    private static final Logger log = LoggerFactory.getLogger(H2StoreMaintenance.class);
    /** Compact while fewer than this percentage of the chunks' bytes are live. */
    static final int CHUNK_FILL_TARGET = 70;
    /** Live bytes rewritten per round at most. */
    static final int REWRITE_LIMIT = 4 * 1024 * 1024;

    private final DataSource dataSource;
    private final boolean enabled;
    private volatile boolean off;

    H2StoreMaintenance(DataSource dataSource, @Value("${methodetoets.h2.maintenance:true}") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    @Scheduled(initialDelayString = "${methodetoets.h2.maintenance-interval:PT1S}",
            fixedDelayString = "${methodetoets.h2.maintenance-interval:PT1S}")
    void maintain() {
        if (off || !enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (url == null || !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
                off = true;
                return;
            }
            Object store = mvStore(connection);
            if (store == null || (boolean) call(store, "isClosed")) {
                return;
            }
            Object fileStore = call(store, "getFileStore");
            long before = (long) call(fileStore, "size");
            if ((int) call(fileStore, "getChunksFillRate") < CHUNK_FILL_TARGET
                    && (boolean) store.getClass().getMethod("compact", int.class, int.class)
                            .invoke(store, CHUNK_FILL_TARGET, REWRITE_LIMIT)) {
                call(store, "commit");
            }
            if (log.isDebugEnabled()) {
                log.debug("H2 store: {} -> {} bytes, file fill {} %, chunk fill {} %", before,
                        call(fileStore, "size"), call(fileStore, "getFillRate"), call(fileStore, "getChunksFillRate"));
            }
        } catch (SQLException e) {
            log.debug("H2 store maintenance skipped", e);
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            off = true;
            log.warn("H2 store maintenance switched off: this H2 version does not offer what it uses ({})",
                    e instanceof InvocationTargetException ite ? ite.getCause() : e.toString());
        }
    }

    /** The MVStore behind an H2 connection, or null when the connection is not an embedded H2 one. */
    private static Object mvStore(Connection connection) throws SQLException, ReflectiveOperationException {
        Class<?> h2Connection = Class.forName("org.h2.jdbc.JdbcConnection", false, H2StoreMaintenance.class.getClassLoader());
        if (!connection.isWrapperFor(h2Connection)) {
            return null;
        }
        Object session = call(connection.unwrap(h2Connection), "getSession");
        Object database = call(session, "getDatabase");
        Object store = database == null ? null : call(database, "getStore");
        return store == null ? null : call(store, "getMvStore");
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }
}
