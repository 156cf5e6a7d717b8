package nl.methodetoets.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** V11 reads the old free notes once: fixed texts become kinds with keys and arguments, the rest stays as remarks. */
class TypedTimelineMigrationTest {

    @Test
    void migratesTheOldNotesOnH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:typed-timeline;DB_CLOSE_DELAY=-1");
        assertMigrated(h2);
    }

    @Test
    void migratesTheOldNotesOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            assertMigrated(postgres.getPostgresDatabase());
        }
    }

    private static void assertMigrated(DataSource dataSource) throws Exception {
        Flyway.configure().dataSource(dataSource).target("10").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into organisation (id, name, type, created_at) values ('g', 'Gemeente', 'MUNICIPALITY', current_timestamp)");
            s.execute("""
                    insert into study (id, title, authors, organisation_id, study_year, study_type, wijken, themes, status,
                                       submitted_by, submitted_at) values ('s', 'T', '[]', 'g', 2012, 'EFFECT', '[]', '',
                                       'PUBLISHED', 'indiener', current_timestamp)""");
            String[][] old = {
                    {"SUBMITTED", null}, {"IN_INTAKE", null},
                    {"AWAITING_COMPLETION", "Voeg de responsanalyse toe. (uiterlijk 2012-11-30)"},
                    {"AWAITING_COMPLETION", "Nieuwe versie van het rapport (versie 12)"},
                    {"AWAITING_COMPLETION", "Aangevuld: zie bijlage 3"}, {"AWAITING_COMPLETION", "Aangevuld"},
                    {"IN_INTAKE", null}, {"IN_REVIEW", "Geaccepteerd bij de intake"}, {"IN_REVIEW", "Mooi rapport"},
                    {"IN_REVIEW", "Beoordelaars toegewezen"}, {"IN_CONSENSUS", "Consensusoverleg nodig"},
                    {"AWAITING_VERDICT", "Consensus bereikt"}, {"AWAITING_VERDICT", null},
                    {"ASSESSED", "Eindoordeel vastgesteld"}, {"PUBLISHED", "Opgenomen in het jaaradvies 2012"},
                    {"WITHDRAWN", "Ingetrokken: de termijn voor aanvullen is verstreken"}, {"WITHDRAWN", "iets anders"},
                    {"REJECTED", "Buiten de reikwijdte"}};
            for (String[] row : old) {
                s.execute("insert into study_event (study_id, status, at, note) values ('s', '" + row[0] + "', current_timestamp, "
                        + (row[1] == null ? "null" : "'" + row[1] + "'") + ")");
            }
        }
        Flyway.configure().dataSource(dataSource).target("11").load().migrate();

        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select kind, message_key, message_args, remarks from study_event order by id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
            }
        }
        assertThat(rows).containsExactly(
                "SUBMITTED|null|null|null",
                "INTAKE_OPENED|null|null|null",
                "COMPLETION_REQUESTED|timeline.completionRequested|[\"2012-11-30\"]|Voeg de responsanalyse toe.",
                "REPORT_VERSION_ADDED|timeline.reportVersionAdded|[\"12\"]|null",
                "COMPLETED|timeline.completed|null|zie bijlage 3",
                "COMPLETED|timeline.completed|null|null",
                "INTAKE_OPENED|null|null|null",
                "ACCEPTED|timeline.accepted|null|null",
                "ACCEPTED|null|null|Mooi rapport",
                "REVIEWERS_ASSIGNED|timeline.reviewersAssigned|null|null",
                "CONSENSUS_NEEDED|timeline.consensusNeeded|null|null",
                "CONSENSUS_REACHED|timeline.consensusReached|null|null",
                "AWAITING_VERDICT|null|null|null",
                "ASSESSED|timeline.assessed|null|null",
                "PUBLISHED|timeline.published|[\"2012\"]|null",
                "WITHDRAWN_AFTER_DEADLINE|timeline.withdrawnAfterDeadline|null|null",
                "WITHDRAWN_BY_SUBMITTER|null|null|iets anders",
                "REJECTED|null|null|Buiten de reikwijdte");
    }
}
