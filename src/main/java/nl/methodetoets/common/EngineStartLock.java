package nl.methodetoets.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several nodes starting at the same moment on one empty PostgreSQL database (issue 14) would each find no engine
 * schema and create it, and all but one fail ("duplicate key" on PostgreSQL's catalog). The process engine is therefore
 * built under a PostgreSQL advisory lock: the first node creates the schema and deploys the models, the others wait,
 * then find both in place (the engine's schema update and the starter's "deploy changed only" skip what is there).
 *
 * <p>The lock is taken on a connection of its own just before the engine's factory bean is created and given back
 * once the engine is built; a node that dies meanwhile loses its connection, and PostgreSQL gives the lock back. On H2
 * nothing happens: one file database has one node.
 */
@Configuration(proxyBeanMethods = false)
class EngineStartLock {
    private static final Logger log = LoggerFactory.getLogger(EngineStartLock.class);
    /** Any number all nodes agree on: "MT" and the issue. */
    static final long LOCK_KEY = 0x4d54_0014L;
    private static final String ENGINE_FACTORY = "processEngineFactoryBean";

    @Bean
    static BeanPostProcessor engineStartLockPostProcessor(ObjectProvider<DataSource> dataSource) {
        return new InstantiationAwareBeanPostProcessor() {
            private Connection held;

            @Override
            public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
                if (ENGINE_FACTORY.equals(beanName) && held == null) {
                    held = lock(dataSource.getObject());
                }
                return null;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ProcessEngine && held != null) {
                    unlock(held);
                    held = null;
                }
                return bean;
            }
        };
    }

    private static Connection lock(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return null;
            }
            connection.setAutoCommit(true);
            long started = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
            }
            long waited = (System.nanoTime() - started) / 1_000_000;
            if (waited > 500) {
                log.info("Waited {} ms for another node to build the process engine", waited);
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the engine start lock", e);
        }
    }

    private static void unlock(Connection connection) {
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        } catch (SQLException e) {
            log.warn("Could not give back the engine start lock (it goes with the connection)", e);
        }
    }
}
