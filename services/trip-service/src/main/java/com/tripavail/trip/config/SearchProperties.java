package com.tripavail.trip.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Route search settings.
 *
 * @param cacheTtl              a search with the same normalised request within this time returns the stored
 *                              result (and its search id)
 * @param retention             how long a result stays readable by its search id (a trip is made from it)
 * @param cleanupInterval       how often expired results and geocoder answers are deleted
 * @param maxRoutes             most routes a search returns
 * @param maxStops              most via stops in a request
 * @param maxPassengers         most passengers in a request
 * @param cityRadiusKm          the stops of a city are those within this distance of its centre
 * @param cityStops             at most this many stops (the nearest) stand for a city
 * @param nearbyRadiusMeters    coordinates stand for the stops within this distance; if there are none, for the
 *                              nearest few within {@code cityRadiusKm}
 * @param stayBookingLink       the marketplace's stay search, for STAY legs ({city}, {checkIn}, {checkOut},
 *                              {guests})
 * @param geocoderCacheTtl      how long an answer of the external geocoder is reused
 * @param clientHashSalt        salt of the hash that stands for a client's IP address in analytics events
 */
@ConfigurationProperties("tripavail.trip.search")
public record SearchProperties(@DefaultValue("15m") Duration cacheTtl,
                               @DefaultValue("24h") Duration retention,
                               @DefaultValue("10m") Duration cleanupInterval,
                               @DefaultValue("10") int maxRoutes,
                               @DefaultValue("5") int maxStops,
                               @DefaultValue("9") int maxPassengers,
                               @DefaultValue("30") double cityRadiusKm,
                               @DefaultValue("8") int cityStops,
                               @DefaultValue("1000") double nearbyRadiusMeters,
                               @DefaultValue("/stays?city={city}&checkIn={checkIn}&checkOut={checkOut}&guests={guests}")
                               String stayBookingLink,
                               @DefaultValue("24h") Duration geocoderCacheTtl,
                               @DefaultValue("tripavail-local-analytics-salt") String clientHashSalt) {

    public SearchProperties {
        if (retention.compareTo(cacheTtl) < 0) {
            throw new IllegalArgumentException("tripavail.trip.search.retention must be at least the cache TTL");
        }
    }
}
