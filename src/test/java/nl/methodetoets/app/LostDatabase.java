package nl.methodetoets.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Takes a running app's H2 database away, for the health checks that must then say DOWN. */
final class LostDatabase {
    private LostDatabase() {
    }

    /**
     * Shuts the H2 database down and moves its files away: a new connection still opens (an empty database, so the
     * driver's own validity check would pass), but the application's tables are gone.
     */
    static void takeAway(DataSource dataSource, Path dataDir) throws SQLException, IOException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        try {
            connection.close();
        } catch (SQLException closedAlready) {
            // the pool's reset of a connection to a database that was shut down
        }
        Files.move(dataDir.resolve("db"), dataDir.resolve("db-gone"));
    }
}
