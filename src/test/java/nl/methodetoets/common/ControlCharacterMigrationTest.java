package nl.methodetoets.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** V12 removes stored control characters (and their JSON escapes in the lists) on both databases; other text stays. */
class ControlCharacterMigrationTest {

    @Test
    void cleansOnH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:control-characters;DB_CLOSE_DELAY=-1");
        assertCleaned(h2, "h2", true);
    }

    @Test
    void cleansOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            assertCleaned(postgres.getPostgresDatabase(), "postgresql", false);
        }
    }

    private static Flyway flyway(DataSource dataSource, String vendor, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .target(target).load();
    }

    private static void assertCleaned(DataSource dataSource, String vendor, boolean nul) throws Exception {
        flyway(dataSource, vendor, "11").migrate();
        String title = "Titel \u0001met\u0007 stuur" + (nul ? "\u0000" : "") + "tekens\u009F\u007F";
        String summary = "Regel een\nregel\ttwee\r\ndrie\u000B";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into organisation (id, name, type, created_at) values ('g', 'Gemeente\u0002 X', 'GEMEENTE', current_timestamp)");
            try (PreparedStatement p = c.prepareStatement("""
                    insert into study (id, title, authors, organisation_id, study_year, study_type, wijken, themes, summary,
                                       status, submitted_by, submitted_at)
                    values ('s', ?, ?, 'g', 2012, 'EFFECT', ?, 'WONEN', ?, 'SUBMITTED', 'indiener', current_timestamp)""")) {
                p.setString(1, title);
                p.setString(2, "[\"A.\\u0001 Auteur\",\"B. \\u00e9\\u001Fx\"]");
                p.setString(3, "[\"Transvaal\"]");
                p.setString(4, summary);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into study_event (study_id, status, kind, at, remarks) values ('s', 'SUBMITTED', 'SUBMITTED', current_timestamp, ?)")) {
                p.setString(1, "Opmerking\u0008 hier");
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into score_draft (study_id, reviewer_id, content, saved_at) values (?, 'r', ?, current_timestamp)")) {
                p.setString(1, "small");
                p.setString(2, "{\"summary\":\"kort\"}");
                p.executeUpdate();
                p.setString(1, "huge");
                p.setString(2, "{\"summary\":\"" + "x".repeat(1_200_000) + "\"}");
                p.executeUpdate();
            }
        }
        flyway(dataSource, vendor, "12").migrate();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select title, authors, wijken, summary from study")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Titel met stuurtekens");
                assertThat(rs.getString(2)).isEqualTo("[\"A. Auteur\",\"B. \\u00e9x\"]");
                assertThat(rs.getString(3)).isEqualTo("[\"Transvaal\"]");
                assertThat(rs.getString(4)).as("tab and line ends stay").isEqualTo("Regel een\nregel\ttwee\r\ndrie");
            }
            try (ResultSet rs = s.executeQuery("select name from organisation")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Gemeente X");
            }
            try (ResultSet rs = s.executeQuery("select remarks from study_event")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Opmerking hier");
            }
            try (ResultSet rs = s.executeQuery("select study_id from score_draft")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("small");
                assertThat(rs.next()).as("the draft no form could have made is gone").isFalse();
            }
        }
    }
}
