package com.tripavail.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Persistent deadlines (db-scheduler).
 *
 * @param pollingInterval how often due deadlines are looked for; bounds how late one fires
 * @param threads         deadlines handled in parallel
 */
@ConfigurationProperties("tripavail.deadlines")
public record DeadlineProperties(@DefaultValue("1s") Duration pollingInterval, @DefaultValue("2") int threads) {
}
