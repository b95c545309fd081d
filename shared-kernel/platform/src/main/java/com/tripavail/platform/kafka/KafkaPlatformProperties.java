package com.tripavail.platform.kafka;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicationTopic where this service publishes its contracts ({@code tripavail.<context>.events})
 * @param sendTimeout      how long publication waits for the broker's acknowledgement of a batch
 * @param consumerRetries  attempts at a failing message before it is parked with the reason
 * @param consumerRetryBackoff pause between those attempts
 * @param publicationRoutes    contracts whose type starts with a key go to that key's topic instead
 *                             (the trip service's {@code trip.analytics.} contracts to {@code tripavail.trip.analytics})
 * @param consumerConcurrency  consumer threads of a consumer (by its name; default 1, at most one per partition):
 *                             a record's key picks its partition, so records of one aggregate stay in order
 */
@ConfigurationProperties("tripavail.kafka")
public record KafkaPlatformProperties(String publicationTopic,
                                      @DefaultValue("30s") Duration sendTimeout,
                                      @DefaultValue("3") int consumerRetries,
                                      @DefaultValue("200ms") Duration consumerRetryBackoff,
                                      Map<String, String> publicationRoutes,
                                      Map<String, Integer> consumerConcurrency) {

    public KafkaPlatformProperties {
        publicationRoutes = publicationRoutes == null ? Map.of() : Map.copyOf(publicationRoutes);
        consumerConcurrency = consumerConcurrency == null ? Map.of() : Map.copyOf(consumerConcurrency);
    }

    /** Consumer threads of the consumer named {@code consumer}. */
    public int concurrencyOf(String consumer) {
        return Math.max(1, consumerConcurrency.getOrDefault(consumer, 1));
    }

    /** The topic a contract of {@code type} is published to. */
    public String topicFor(String type) {
        return publicationRoutes.entrySet().stream()
                .filter(route -> type.startsWith(route.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(publicationTopic);
    }
}
