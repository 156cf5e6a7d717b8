package nl.methodetoets.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.methodetoets.testing.MovableClock;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The dispatcher against the real outbox table (H2) and a recording mail sender instead of SMTP. */
class OutboxDispatcherTest {
    private static final NotificationProperties PROPERTIES = new NotificationProperties(Duration.ofSeconds(2), 5,
            Duration.ofMillis(300), Duration.ofSeconds(5), Duration.ofMinutes(5), "commissie@example.nl");
    private OutboxStore store;
    private final RecordingSender sender = new RecordingSender();
    private final MovableClock clock = new MovableClock(Instant.parse("2012-10-24T09:00:00Z"));

    @BeforeEach
    void emptyOutbox() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:outbox-dispatcher-test;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).table("mt_schema_history").locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(h2);
        jdbc.sql("delete from outbox_message").update();
        store = new OutboxStore(jdbc);
    }

    @Test
    void withoutAMailServerNothingIsSentAndTheMailStaysInTheOutbox() {
        store.add("e:1", "jan@example.nl", new RenderedMail("s", "b"), now().minusSeconds(1));
        new OutboxDispatcher(store, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), PROPERTIES,
                backoff(), clock).dispatchDue();
        assertThat(store.latest(10)).singleElement().satisfies(m -> {
            assertThat(m.sent()).isFalse();
            assertThat(m.attempts()).isZero();
        });
    }

    @Test
    void aFailureIsCountedAndRetriedAfterTheBackoffThenSentOnce() {
        store.add("e:1", "jan@example.nl", new RenderedMail("Studie ontvangen: ë", "Beste Jan,\n"), now().minusSeconds(1));
        OutboxDispatcher dispatcher = dispatcher();
        sender.failing = true;
        OffsetDateTime before = now();
        assertThat(dispatcher.dispatch(sender)).isZero();
        OutboxMessage failed = store.latest(1).get(0);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("MailSendException").contains("Connection refused");
        assertThat(failed.nextAttemptAt()).isAfterOrEqualTo(before.plus(Duration.ofMillis(300)));

        assertThat(dispatcher.dispatch(sender)).as("not before the backoff has passed").isZero();
        assertThat(sender.tries).hasSize(1);

        awaitBackoff();
        assertThat(dispatcher.dispatch(sender)).isZero();
        assertThat(store.latest(1).get(0).attempts()).isEqualTo(2);
        assertThat(store.latest(1).get(0).nextAttemptAt()).as("second wait doubles").isAfterOrEqualTo(now().plus(Duration.ofMillis(500)));

        sender.failing = false;
        awaitBackoff();
        assertThat(dispatcher.dispatch(sender)).isEqualTo(1);
        assertThat(dispatcher.dispatch(sender)).isZero();
        assertThat(sender.delivered).containsExactly("jan@example.nl|Studie ontvangen: ë");
        OutboxMessage sent = store.latest(1).get(0);
        assertThat(sent.sent()).isTrue();
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void twoDispatchersRunningAtOnceSendEveryMailExactlyOnce() throws Exception {
        for (int i = 0; i < 60; i++) {
            store.add("e:" + i, "r" + i + "@example.nl", new RenderedMail("m" + i, "b"), now().minusSeconds(1));
        }
        OutboxDispatcher a = dispatcher();
        OutboxDispatcher b = dispatcher();
        sender.pauseMillis = 2;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> byA = pool.submit(() -> { start.await(); return a.dispatch(sender); });
            Future<Integer> byB = pool.submit(() -> { start.await(); return b.dispatch(sender); });
            start.countDown();
            assertThat(byA.get() + byB.get()).isEqualTo(60);
        } finally {
            pool.shutdown();
        }
        Map<String, Long> perMail = sender.delivered.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perMail).hasSize(60).allSatisfy((mail, count) -> assertThat(count).as(mail).isEqualTo(1L));
        assertThat(store.latest(100)).allMatch(OutboxMessage::sent);
    }

    /** Moves the dispatcher's clock just past the row's next attempt. */
    private void awaitBackoff() {
        OffsetDateTime next = store.latest(1).get(0).nextAttemptAt();
        clock.advance(Duration.between(now(), next).plusMillis(1));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private OutboxDispatcher dispatcher() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        return new OutboxDispatcher(store, beans.getBeanProvider(JavaMailSender.class), PROPERTIES, backoff(), clock);
    }

    private static Backoff backoff() {
        return new Backoff(PROPERTIES.firstRetry(), PROPERTIES.maxBackoff());
    }

    /** Records what would go over the wire; fails like an unreachable server when told to. */
    static final class RecordingSender extends JavaMailSenderImpl {
        final List<String> tries = new java.util.concurrent.CopyOnWriteArrayList<>();
        final ConcurrentLinkedQueue<String> delivered = new ConcurrentLinkedQueue<>();
        volatile boolean failing;
        volatile long pauseMillis;

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            try {
                for (MimeMessage message : messages) {
                    String mail = message.getAllRecipients()[0] + "|" + message.getSubject();
                    tries.add(mail);
                    if (failing) {
                        throw new MailSendException("Mail server connection failed: Connection refused");
                    }
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                    delivered.add(mail);
                }
            } catch (MessagingException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
