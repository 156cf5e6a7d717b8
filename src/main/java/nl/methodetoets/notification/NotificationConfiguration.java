package nl.methodetoets.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled dispatcher and binds the module's settings. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Bean
    Backoff outboxBackoff(NotificationProperties properties) {
        return new Backoff(properties.firstRetry(), properties.maxBackoff());
    }
}
