package nl.methodetoets.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code methodetoets.notification}.
 *
 * @param dispatchInterval pause between two dispatcher runs
 * @param batchSize        rows claimed per round trip, small so one slow SMTP server holds up little
 * @param firstRetry       wait after the first failure; it doubles with every further failure
 * @param maxBackoff       the longest wait between two attempts
 * @param lease            how long a claimed row is reserved for one sender; longer than the SMTP timeouts
 * @param from             the sender address of every mail
 */
@ConfigurationProperties("methodetoets.notification")
record NotificationProperties(
        @DefaultValue("PT2S") Duration dispatchInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("PT2S") Duration firstRetry,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("methodetoets@localhost") String from) {
}
