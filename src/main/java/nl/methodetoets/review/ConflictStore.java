package nl.methodetoets.review;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Declared conflicts of interest in the application's own table. */
@Repository
class ConflictStore {
    private final JdbcClient jdbc;

    ConflictStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String userId, String organisationId) {
        return jdbc.sql("select count(*) from declared_conflict where user_id = ? and organisation_id = ?")
                .params(userId, organisationId).query(Integer.class).single() > 0;
    }

    void insert(DeclaredConflict c) {
        jdbc.sql("insert into declared_conflict (user_id, organisation_id, reason, declared_at) values (?, ?, ?, ?)")
                .params(c.userId(), c.organisation(), c.reason(), c.declaredAt()).update();
    }

    List<DeclaredConflict> of(String userId) {
        return jdbc.sql("select * from declared_conflict where user_id = ? order by declared_at").param(userId)
                .query((rs, n) -> new DeclaredConflict(rs.getString("user_id"), rs.getString("organisation_id"),
                        rs.getString("reason"), rs.getObject("declared_at", OffsetDateTime.class)))
                .list();
    }
}
