package nl.methodetoets.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The one-off move of an existing data directory's files into the database (issue 14), for an installation that
 * started on one machine with files on disk and now runs several nodes:
 * <pre>java -jar methodetoets.jar --spring.profiles.active=postgres --methodetoets.files.import-from=/srv/methodetoets/data</pre>
 * Every file under {@code reports/}, {@code advice/} and {@code previews/} of that directory that the database does
 * not hold yet is stored under the same key, each in a transaction of its own; the application then stops. Files
 * already in the database are left as they are, so an interrupted import is simply run again. The directory is not
 * changed: remove it once the import has reported its count.
 */
@Component
@ConditionalOnProperty(name = "methodetoets.files.store", havingValue = "database")
public class FileImport implements ApplicationRunner {
    static final List<String> AREAS = List.of("reports", "advice", "previews");
    private static final Logger LOG = LoggerFactory.getLogger(FileImport.class);

    /** Files stored by this run, and files the database held already. */
    public record Result(int imported, int present) {
    }

    private final DatabaseFileStore store;
    private final ConfigurableApplicationContext context;
    private final String from;

    FileImport(DatabaseFileStore store, ConfigurableApplicationContext context,
               @Value("${methodetoets.files.import-from:}") String from) {
        this.store = store;
        this.context = context;
        this.from = from;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (from.isBlank()) {
            return;
        }
        Result result = importFrom(Path.of(from));
        LOG.info("File import from {}: {} files stored in the database, {} were there already; stopping", from,
                result.imported(), result.present());
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** Stores every file of the data directory's areas that the database does not hold yet. */
    public Result importFrom(Path dataDir) {
        int imported = 0;
        int present = 0;
        for (String area : AREAS) {
            Path root = dataDir.resolve(area);
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".tmp"))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path file : files) {
                String key = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (store.exists(area, key)) {
                    present++;
                } else {
                    store.write(area, key, out -> Files.copy(file, out));
                    imported++;
                }
            }
        }
        return new Result(imported, present);
    }
}
