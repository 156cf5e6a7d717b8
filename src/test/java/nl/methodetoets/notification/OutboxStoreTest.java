package nl.methodetoets.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox SQL on both databases the application runs on: the real migration, no mocks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxStoreTest {
    private static final RenderedMail MAIL = new RenderedMail("Studie ontvangen: T", "Beste Jan,\n");
    private EmbeddedPostgres postgres;
    private DataSource h2;

    @BeforeAll
    void databases() throws IOException {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:outbox-store-test;DB_CLOSE_DELAY=-1");
        h2 = memory;
        postgres = EmbeddedPostgres.builder().start();
        for (DataSource dataSource : List.of(h2, postgres.getPostgresDatabase())) {
            Flyway.configure().dataSource(dataSource).table("mt_schema_history").locations("classpath:db/migration")
                    .load().migrate();
        }
    }

    @AfterAll
    void stop() throws IOException {
        postgres.close();
    }

    Stream<Arguments> stores() {
        return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres.getPostgresDatabase()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void anEventGivesOneMailPerRecipientHoweverOftenItIsHandled(String database, DataSource dataSource) {
        OutboxStore store = emptyStore(dataSource);
        OffsetDateTime now = OffsetDateTime.now();
        assertThat(store.add("study:1:status:SUBMITTED:1", "jan@example.nl", MAIL, now)).isTrue();
        assertThat(store.add("study:1:status:SUBMITTED:1", "jan@example.nl", MAIL, now)).isFalse();
        assertThat(store.add("study:1:status:SUBMITTED:1", "piet@example.nl", MAIL, now)).isTrue();
        assertThat(store.add("study:1:status:AWAITING_COMPLETION:3", "jan@example.nl", MAIL, now)).isTrue();
        assertThat(store.latest(10)).hasSize(3).allSatisfy(m -> {
            assertThat(m.sent()).isFalse();
            assertThat(m.attempts()).isZero();
            assertThat(m.subject()).isEqualTo("Studie ontvangen: T");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void onlyOneDispatcherCanClaimARow(String database, DataSource dataSource) {
        OutboxStore store = emptyStore(dataSource);
        OffsetDateTime now = OffsetDateTime.now();
        store.add("e:1", "jan@example.nl", MAIL, now.minusSeconds(1));
        List<OutboxStore.Due> seenByA = store.due(now, 10);
        List<OutboxStore.Due> seenByB = store.due(now, 10);
        assertThat(seenByA).hasSize(1);
        assertThat(store.claim(seenByA.get(0), now.plusMinutes(5))).isTrue();
        assertThat(store.claim(seenByB.get(0), now.plusMinutes(5))).isFalse();
        assertThat(store.due(now, 10)).as("leased rows are not due").isEmpty();
        assertThat(store.due(now.plusMinutes(6), 10)).as("an expired lease makes the row due again").hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aFailedRowWaitsForItsNextAttemptAndASentRowIsNeverDueAgain(String database, DataSource dataSource) {
        OutboxStore store = emptyStore(dataSource);
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        store.add("e:failing", "jan@example.nl", MAIL, now.minusSeconds(1));
        store.add("e:sent", "jan@example.nl", MAIL, now.minusSeconds(1));
        for (OutboxStore.Due row : store.due(now, 10)) {
            store.claim(row, now.plusMinutes(5));
        }
        long failing = idOf(store, "e:failing");
        store.markFailed(failing, "x".repeat(3000), now.plusSeconds(4));
        store.markSent(idOf(store, "e:sent"), now);

        assertThat(store.due(now.plusSeconds(3), 10)).isEmpty();
        assertThat(store.due(now.plusSeconds(4), 10)).extracting(OutboxStore.Due::id).containsExactly(failing);
        assertThat(store.due(now.plusDays(1), 10)).extracting(OutboxStore.Due::attempts).containsExactly(1);
        OutboxMessage failed = store.latest(10).stream().filter(m -> m.id() == failing).findFirst().orElseThrow();
        assertThat(failed.lastError()).hasSize(2000);
        assertThat(failed.nextAttemptAt().toInstant()).isEqualTo(now.plusSeconds(4).toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void dueRowsComeOldestFirstInSmallBatches(String database, DataSource dataSource) {
        OutboxStore store = emptyStore(dataSource);
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < 5; i++) {
            store.add("e:" + i, "jan@example.nl", new RenderedMail("m" + i, "b"), now.minusSeconds(10 - i));
        }
        assertThat(store.due(now, 3)).extracting(OutboxStore.Due::subject).containsExactly("m0", "m1", "m2");
    }

    private static long idOf(OutboxStore store, String eventKey) {
        return store.latest(100).stream().filter(m -> m.eventKey().equals(eventKey)).findFirst().orElseThrow().id();
    }

    private static OutboxStore emptyStore(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("delete from outbox_message").update();
        return new OutboxStore(jdbc);
    }
}
