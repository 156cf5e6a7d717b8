package nl.methodetoets.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations and memberships in the application's own tables. */
@Repository
class IdentityStore {
    private final JdbcClient jdbc;
    private final Clock clock;

    IdentityStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insertOrganisation(Organisation o) {
        jdbc.sql("insert into organisation (id, name, type, created_at) values (?, ?, ?, ?)")
                .params(o.id(), o.name(), o.type().name(), OffsetDateTime.now(clock)).update();
    }

    Optional<Organisation> organisation(String id) {
        return jdbc.sql("select * from organisation where id = ?").param(id).query(IdentityStore::organisation).optional();
    }

    List<Organisation> organisations() {
        return jdbc.sql("select * from organisation order by name").query(IdentityStore::organisation).list();
    }

    void insertMembership(String userId, String organisationId) {
        jdbc.sql("insert into membership (user_id, organisation_id, created_at) values (?, ?, ?)")
                .params(userId, organisationId, OffsetDateTime.now(clock)).update();
    }

    Optional<String> organisationOf(String userId) {
        return jdbc.sql("select organisation_id from membership where user_id = ?").param(userId).query(String.class).optional();
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getString("id"), rs.getString("name"), OrganisationType.valueOf(rs.getString("type")));
    }
}
