package com.tripavail.platform.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sagas kept in memory between their events ({@link RollbackSafeSagaCache}).
 *
 * @param maxEntries sagas held, and association values held, each beyond which the least recently
 *                   used is dropped (and read from the database when next needed); 0 turns the
 *                   cache off. A saga of a booking lives minutes to weeks; the cache only has to
 *                   hold those in flight.
 */
@ConfigurationProperties("tripavail.axon.saga-cache")
public record SagaCacheProperties(@DefaultValue("10000") int maxEntries) {

    public SagaCacheProperties {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("tripavail.axon.saga-cache.max-entries must not be negative: "
                    + maxEntries);
        }
    }
}
