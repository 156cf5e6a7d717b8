package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import nl.methodetoets.common.FileImport;
import nl.methodetoets.common.FileStore;
import nl.methodetoets.submission.StudyReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14, files in PostgreSQL on the {@code postgres} profile: stored with the transaction that records them,
 * read back byte for byte in chunks, served from a node-local copy that can be thrown away, imported once from an
 * existing data directory, and a report of the 50 MB cap received with a bounded heap.
 */
class FilesInDatabasePostgresTest extends PostgresApplicationTestBase {
    @Autowired
    FileStore files;
    @Autowired
    FileImport fileImport;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    StudyReports reports;
    @TempDir
    Path scratch;

    @Test
    void theStoreIsTheDatabase() {
        assertThat(files.getClass().getSimpleName()).isEqualTo("DatabaseFileStore");
    }

    @Test
    void aFileOfSeveralChunksComesBackByteIdenticalAlsoAfterItsLocalCopyIsGone() throws IOException {
        byte[] content = new byte[2 * 1024 * 1024 + 12345];
        new Random(14).nextBytes(content);
        files.write("reports", "test-chunks/v1.pdf", out -> out.write(content));

        assertThat(jdbc.sql("select count(*) from stored_file_chunk where area = 'reports' and file_key = 'test-chunks/v1.pdf'")
                .query(Integer.class).single()).isEqualTo(3);
        Path copy = files.get("reports", "test-chunks/v1.pdf");
        assertThat(copy.getFileName().toString()).isEqualTo("v1.pdf");
        assertThat(Files.readAllBytes(copy)).isEqualTo(content);

        Files.delete(copy); // another node, or a node whose cache was cleared
        assertThat(Files.readAllBytes(files.get("reports", "test-chunks/v1.pdf"))).isEqualTo(content);

        byte[] replaced = "een andere inhoud".getBytes();
        files.write("reports", "test-chunks/v1.pdf", out -> out.write(replaced));
        assertThat(Files.readAllBytes(files.get("reports", "test-chunks/v1.pdf"))).isEqualTo(replaced);
        assertThat(files.find("reports", "test-chunks/v2.pdf")).isEmpty();
    }

    @Test
    void aFileWrittenInATransactionThatRollsBackIsNotStored() throws IOException {
        Path received = Files.write(scratch.resolve("upload.pdf"), "%PDF-1.4 rolled back".getBytes());
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            files.moveIn("reports", "test-rollback/v1.pdf", received);
            assertThat(files.find("reports", "test-rollback/v1.pdf")).as("seen inside its transaction").isPresent();
            status.setRollbackOnly();
        });
        assertThat(files.find("reports", "test-rollback/v1.pdf")).isEmpty();
        assertThat(received).as("the received temp file is taken either way").doesNotExist();
    }

    @Test
    void anExistingDataDirectoryIsImportedOnceAndCanBeImportedAgain() throws IOException {
        Path dataDir = scratch.resolve("data");
        Path report = write(dataDir.resolve("reports/import-study/v1.pdf"), "%PDF-1.7 rapport");
        Path advice = write(dataDir.resolve("advice/1999/jaaradvies-1999.pdf"), "%PDF-1.7 advies");
        write(dataDir.resolve("advice/1999/jaaradvies-1999.pdf123.tmp"), "half geschreven");
        write(dataDir.resolve("incoming/upload-1.pdf"), "nog niet ontvangen");

        assertThat(fileImport.importFrom(dataDir)).isEqualTo(new FileImport.Result(2, 0));
        assertThat(fileImport.importFrom(dataDir)).as("run again").isEqualTo(new FileImport.Result(0, 2));

        assertThat(Files.mismatch(files.get("reports", "import-study/v1.pdf"), report)).isEqualTo(-1L);
        assertThat(Files.mismatch(files.get("advice", "1999/jaaradvies-1999.pdf"), advice)).isEqualTo(-1L);
        assertThat(files.find("advice", "1999/jaaradvies-1999.pdf123.tmp")).isEmpty();
        assertThat(report).as("the directory is left as it was").exists();
    }

    @Test
    void aReportOfExactlyTheCapIsStreamedIntoTheDatabaseNotBuffered() throws Exception {
        ReportUploadHeapTest.aReportOfExactlyTheCapIsStreamedNotBuffered(port, admin(), reports, scratch);
        assertThat(jdbc.sql("select max(octet_length(data)) from stored_file_chunk").query(Long.class).single())
                .isLessThanOrEqualTo(1024L * 1024);
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
