package com.tripavail.platform.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicationTopic where this service publishes its contracts ({@code tripavail.<context>.events})
 * @param sendTimeout      how long publication waits for the broker's acknowledgement of a batch
 * @param consumerRetries  attempts at a failing message before it is parked with the reason
 * @param consumerRetryBackoff pause between those attempts
 */
@ConfigurationProperties("tripavail.kafka")
public record KafkaPlatformProperties(String publicationTopic,
                                      @DefaultValue("30s") Duration sendTimeout,
                                      @DefaultValue("3") int consumerRetries,
                                      @DefaultValue("200ms") Duration consumerRetryBackoff) {
}
