package nl.methodetoets.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code outbox_message} table. Plain SQL that H2 and PostgreSQL both understand: no {@code on conflict}, no
 * {@code skip locked}; a row is claimed by a conditional update instead, which works the same on both.
 */
@Repository
class OutboxStore {
    private static final int MAX_SUBJECT = 500;
    private static final int MAX_ERROR = 2000;
    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row that is due for delivery, as read before claiming it. */
    record Due(long id, OffsetDateTime nextAttemptAt, int attempts, String recipient, String subject, String body) {
    }

    /**
     * Adds a mail unless the event already has one for this recipient, so an event handled twice still gives one
     * mail. "Insert … where not exists" rather than catching the unique-constraint violation: on PostgreSQL a
     * failed statement would spoil the caller's whole transaction. (Two transactions racing for the same key
     * would still meet the constraint; status events cannot race, the study row is locked while they happen.)
     */
    boolean add(String eventKey, String recipient, RenderedMail mail, OffsetDateTime now) {
        return jdbc.sql("""
                insert into outbox_message (event_key, recipient, subject, body, created_at, attempts, next_attempt_at)
                select ?, ?, ?, ?, ?, 0, ?
                where not exists (select 1 from outbox_message where event_key = ? and recipient = ?)""")
                .params(eventKey, recipient, cut(mail.subject(), MAX_SUBJECT), mail.body(), now, now, eventKey, recipient)
                .update() == 1;
    }

    /** Unsent rows whose next attempt is due, oldest first. */
    List<Due> due(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                select id, next_attempt_at, attempts, recipient, subject, body from outbox_message
                where sent_at is null and next_attempt_at <= ?
                order by next_attempt_at, id
                fetch first ? rows only""")
                .params(now, limit)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getObject("next_attempt_at", OffsetDateTime.class),
                        rs.getInt("attempts"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body")))
                .list();
    }

    /**
     * Reserves a due row for one sender until {@code leaseUntil}. Only one of several dispatchers (threads or
     * application instances) can move {@code next_attempt_at} away from the value it read, so only one sends.
     */
    boolean claim(Due row, OffsetDateTime leaseUntil) {
        return jdbc.sql("""
                update outbox_message set next_attempt_at = ?
                where id = ? and sent_at is null and next_attempt_at = ?""")
                .params(leaseUntil, row.id(), row.nextAttemptAt())
                .update() == 1;
    }

    void markSent(long id, OffsetDateTime at) {
        jdbc.sql("update outbox_message set sent_at = ?, last_error = null where id = ?").params(at, id).update();
    }

    void markFailed(long id, String error, OffsetDateTime nextAttemptAt) {
        jdbc.sql("update outbox_message set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
                .params(cut(error, MAX_ERROR), nextAttemptAt, id).update();
    }

    List<OutboxMessage> latest(int limit) {
        return jdbc.sql("select * from outbox_message order by created_at desc, id desc fetch first ? rows only")
                .param(limit).query(OutboxStore::message).list();
    }

    private static OutboxMessage message(ResultSet rs, int n) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("event_key"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("body"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("attempts"), rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("sent_at", OffsetDateTime.class), rs.getString("last_error"));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
