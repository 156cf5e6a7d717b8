package nl.methodetoets.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * UI sessions in PostgreSQL on the {@code postgres} profile, so a person signed in on one node of a cluster is signed
 * in on every node (they share the database and nothing else). Spring Boot's Spring Session auto-configuration does
 * the work (SessionRepositoryFilter, the JDBC repository, the cookie from {@code server.servlet.session.cookie}, the
 * timeout from {@code server.servlet.session.timeout}); it is switched on in application.yml for that profile only.
 * The tables are made by Flyway (V17__spring_session.sql). Every session attribute is stored Java-serialized: the
 * security context with {@link SignedInUser}, the CSRF token, the saved request, flash attributes, the failed
 * sign-in ({@link AccountLockedException}) and the Camunda webapps' authentications all are Serializable.
 *
 * <p>The Camunda webapps send several requests at once with one session, and each may store an attribute the
 * session did not have yet; with Spring Session's plain INSERT the second would fail on the attributes' primary key.
 * PostgreSQL's upsert ({@code ON CONFLICT ... DO UPDATE}) makes the last one win instead.
 *
 * <p>An attribute is written back when it is set (Spring Session's default save mode), not when an object read from
 * the session is changed in place. The Camunda webapps renew the groups in their authentications that way once
 * their cache time has passed; on this profile that renewal is then repeated on later requests (a few queries) instead
 * of kept, which changes nothing they allow. Sessions made before the switch to this store (Tomcat's) are not found:
 * people sign in again once.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class SharedSessions {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
