package nl.methodetoets.common;

import javax.sql.DataSource;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database's part of {@code /actuator/health}: a real query on one of the application's own tables, not the
 * driver's connection check. An embedded H2 whose store has failed (e.g. closed after an out-of-memory error) still
 * answers {@code Connection.isValid} with {@code true} from its session, while every real statement fails; this
 * query reaches the store, so health says DOWN (503) exactly when the application cannot work.
 *
 * <p>The bean's name replaces Spring Boot's own {@code db} contributor, so the indicator keeps its name {@code db}
 * and stays part of the aggregate.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {
    /** Small, always present (Flyway V1), and the same name on H2 and PostgreSQL. */
    static final String VALIDATION_QUERY = "select count(*) from rubric_version";

    @Bean
    DataSourceHealthIndicator dbHealthContributor(DataSource dataSource) {
        return new DataSourceHealthIndicator(dataSource, VALIDATION_QUERY);
    }
}
