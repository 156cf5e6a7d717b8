package nl.methodetoets.idempotency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code idempotency_record}; its primary key (user, method, path, key) is the lock between twins. */
@Repository
class IdempotencyStore {
    /** A claimed key whose request is still running (only ever visible to its own transaction). */
    static final int PENDING = 0;

    record Entry(String requestHash, int status, String location, String body) {
        IdempotentResponse response() {
            return new IdempotentResponse(status, location, body);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Entry> find(IdempotencyKey k) {
        return jdbc.sql("""
                        select request_hash, response_status, location, response_body from idempotency_record
                        where user_id = ? and http_method = ? and path = ? and idempotency_key = ?""")
                .params(k.user(), k.method(), k.path(), k.key())
                .query((rs, n) -> new Entry(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Blocks while another transaction holds the same key; fails with a duplicate key once that one committed. */
    void claim(IdempotencyKey k, String requestHash) {
        jdbc.sql("""
                        insert into idempotency_record (user_id, http_method, path, idempotency_key, request_hash,
                                                        response_status, created_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(k.user(), k.method(), k.path(), k.key(), requestHash, PENDING, OffsetDateTime.now(clock))
                .update();
    }

    void complete(IdempotencyKey k, IdempotentResponse response) {
        jdbc.sql("""
                        update idempotency_record set response_status = ?, location = ?, response_body = ?
                        where user_id = ? and http_method = ? and path = ? and idempotency_key = ?""")
                .params(response.status(), response.location(), response.body(), k.user(), k.method(), k.path(), k.key())
                .update();
    }
}
