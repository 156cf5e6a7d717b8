package nl.methodetoets.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything an upload could leave behind: rows, a started process, report files (on disk, or in the database with the
 * database file store); compared before and after a refusal.
 */
record UploadTraces(long studies, long versions, long texts, long idempotencyRecords, long processes, long storedFiles,
                    List<Path> reports) {

    static UploadTraces of(JdbcClient jdbc, HistoryService history, Path dataDir) throws IOException {
        return new UploadTraces(count(jdbc, "study"), count(jdbc, "report_version"), count(jdbc, "report_text"),
                count(jdbc, "idempotency_record"),
                history.createHistoricProcessInstanceQuery().processDefinitionKey("StudyReview").count(),
                count(jdbc, "stored_file"), files(dataDir.resolve("reports")));
    }

    /**
     * The regular files below a directory of the data directory ({@code reports}, {@code incoming}), sorted; none if
     * it is not there (yet).
     */
    static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
