package com.tripavail.trip.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per minute to the route search endpoints, per client: an anonymous client is its IP address, a
 * signed-in one its user id.
 */
@ConfigurationProperties("tripavail.trip.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("30") int anonymousPerMinute,
                                  @DefaultValue("120") int userPerMinute) {

    public RateLimitProperties {
        if (anonymousPerMinute < 1 || userPerMinute < 1) {
            throw new IllegalArgumentException("rate limits must allow at least one request per minute");
        }
    }
}
