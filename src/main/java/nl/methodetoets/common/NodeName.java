package nl.methodetoets.common;

import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * A node's name in a cluster (issue 14), {@code methodetoets.node-name}: the job executor locks jobs in this name
 * (column {@code LOCK_OWNER_} of {@code ACT_RU_JOB}, Cockpit's job view), so an operator sees which node holds which
 * job, and which jobs a dead node left. Each node needs its own name; unset, the engine's default (a random UUID per
 * start) stays.
 */
@Configuration(proxyBeanMethods = false)
class NodeName {
    static final String PROPERTY = "methodetoets.node-name";

    @Bean
    static BeanPostProcessor nodeNameAsJobLockOwner(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringJobExecutor executor) {
                    String name = environment.getProperty(PROPERTY, "");
                    if (!name.isBlank()) {
                        executor.setLockOwner(name.strip());
                    }
                }
                return bean;
            }
        };
    }
}
