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
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class SharedSessions {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
