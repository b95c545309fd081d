package com.tripavail.platform.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The JDBC event store.
 *
 * @param batchSize events read per query, by a tracking processor catching up (a replay) and when
 *                  loading an aggregate. Axon's default is 100: a replay of a million events then
 *                  makes ten thousand queries, each a transaction of its own, and the processor's
 *                  thread waits for every one of them. A query never returns more than is stored,
 *                  so a processor that keeps up with the head reads the same few events either way.
 */
@ConfigurationProperties("tripavail.axon.event-store")
public record EventStoreProperties(@DefaultValue("1000") int batchSize) {

    public EventStoreProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("tripavail.axon.event-store.batch-size must be positive: " + batchSize);
        }
    }
}
