package com.tripavail.booking.config;

import com.tripavail.platform.axon.RecentlyUsedCache;
import org.axonframework.common.caching.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bookings and payments stay in memory between their commands: a booking takes about eight
 * (quote, hold, its answer, payment, the provider's intent and capture, confirmation, completion)
 * within minutes, and each used to load it from the event store again (a snapshot query and an
 * events query per command).
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCacheConfiguration {

    /** Bookings and payments kept in memory; the least recently used beyond this are evicted. */
    static final int CACHED_AGGREGATES = 5_000;

    @Bean
    Cache bookingAggregateCache() {
        return new RecentlyUsedCache(CACHED_AGGREGATES);
    }
}
