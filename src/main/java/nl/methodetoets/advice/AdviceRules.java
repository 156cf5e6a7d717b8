package nl.methodetoets.advice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The commission's thresholds for reviewer agreement (DOMAIN.md "Exemplary study"), set once in
 * {@code methodetoets.advice.*}: the rule that marks exemplary designations provisional, the statistics chart and
 * the advice text all read them from here.
 *
 * @param provisionalAlphaThreshold an ordinal Krippendorff's α on K1 or K2 below this makes the round's exemplary
 *                                  designations provisional (0.667)
 * @param reliableAlphaThreshold    from this α on, agreement counts as reliable (0.800)
 */
@ConfigurationProperties("methodetoets.advice")
public record AdviceRules(double provisionalAlphaThreshold, double reliableAlphaThreshold) {
    /** The criteria whose agreement decides whether exemplary designations are provisional. */
    static final java.util.List<String> PROVISIONAL_CRITERIA = java.util.List.of("K1", "K2");

    public AdviceRules {
        if (!(provisionalAlphaThreshold > 0 && provisionalAlphaThreshold <= reliableAlphaThreshold && reliableAlphaThreshold <= 1)) {
            throw new IllegalArgumentException("methodetoets.advice: need 0 < provisional-alpha-threshold <= reliable-alpha-threshold <= 1");
        }
    }

    /** DOMAIN.md: exemplary designations are provisional when the ordinal alpha on K1 or K2 is below the threshold. */
    boolean provisional(RoundStatistics statistics) {
        return PROVISIONAL_CRITERIA.stream().map(statistics.criteria()::get)
                .anyMatch(c -> c != null && c.alphaOrdinal() != null && c.alphaOrdinal() < provisionalAlphaThreshold);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AdviceRules.class)
    static class Binding {
    }
}
