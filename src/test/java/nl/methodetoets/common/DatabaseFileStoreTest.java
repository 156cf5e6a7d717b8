package nl.methodetoets.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The database file store on its own (H2 in memory with the real migration V16): the node-local copies stay under
 * their size, the least recently read go first, and a copy read within the last minute is never taken away.
 */
class DatabaseFileStoreTest {
    private static final long KB = 1024;
    @TempDir
    Path dataDir;
    private final MovableClock clock = new MovableClock();
    private DatabaseFileStore store;

    @BeforeEach
    void setUp() throws IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:files-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = JdbcClient.create(h2);
        for (String statement : Files.readString(Path.of("src/main/resources/db/migration/V16__stored_files.sql"))
                .replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement).update();
            }
        }
        store = new DatabaseFileStore(jdbc, new DataSourceTransactionManager(h2), clock, dataDir, 25 * KB);
    }

    @Test
    void theLeastRecentlyReadCopiesGoWhenTheCacheIsFullButNotOnesReadThisMinute() throws IOException {
        for (String name : new String[] {"a", "b", "c"}) {
            store.write("reports", name + "/v1.pdf", out -> out.write(content(name, 10 * KB)));
        }
        Path a = store.get("reports", "a/v1.pdf");
        clock.pass(Duration.ofMinutes(2));
        Path b = store.get("reports", "b/v1.pdf");
        clock.pass(Duration.ofMinutes(2));
        store.get("reports", "a/v1.pdf"); // a read again: b is now the least recently read
        clock.pass(Duration.ofMinutes(2));
        Path c = store.get("reports", "c/v1.pdf"); // 30 KB of copies > 25 KB

        assertThat(b).as("the least recently read copy").doesNotExist();
        assertThat(b.getParent()).as("and its directory").doesNotExist();
        assertThat(a).exists();
        assertThat(c).exists();
        assertThat(cacheBytes()).isLessThanOrEqualTo(25 * KB);
        assertThat(Files.readAllBytes(store.get("reports", "b/v1.pdf"))).as("copied out again when read")
                .isEqualTo(content("b", 10 * KB));
    }

    @Test
    void copiesReadWithinTheLastMinuteStayEvenOverTheLimit() throws IOException {
        for (String name : new String[] {"x", "y", "z"}) {
            store.write("advice", "2026/" + name + ".pdf", out -> out.write(content(name, 10 * KB)));
            store.get("advice", "2026/" + name + ".pdf");
        }
        assertThat(cacheBytes()).as("all three read just now").isEqualTo(30 * KB);
        clock.pass(Duration.ofMinutes(2));
        store.evict();
        assertThat(cacheBytes()).isLessThanOrEqualTo(25 * KB);
    }

    @Test
    void aFileOnlyInTheDataDirectoryOfAnEarlierVersionIsServedFromThereUntilImported() throws IOException {
        Path old = dataDir.resolve("reports/oud/v1.pdf");
        Files.createDirectories(old.getParent());
        Files.write(old, content("oud", KB));
        assertThat(store.get("reports", "oud/v1.pdf")).isEqualTo(old);
        assertThat(store.find("reports", "nooit/v1.pdf")).isEmpty();

        store.write("reports", "oud/v1.pdf", out -> Files.copy(old, out)); // what the import does
        assertThat(store.get("reports", "oud/v1.pdf")).isNotEqualTo(old).hasSameBinaryContentAs(old);
    }

    private long cacheBytes() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir.resolve("file-cache"))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static byte[] content(String name, long bytes) {
        byte[] content = new byte[(int) bytes];
        byte[] stamp = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < content.length; i++) {
            content[i] = stamp[i % stamp.length];
        }
        return content;
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T12:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
