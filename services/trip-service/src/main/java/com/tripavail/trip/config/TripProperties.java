package com.tripavail.trip.config;

import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of trips (the search's are elsewhere).
 *
 * @param reminderLeadTime how long before a booked leg's departure the traveller is reminded
 * @param archiveAfter     completed trips older than this leave the trip list for the archive
 * @param archiveInterval  how often the archive job runs
 * @param viewWait         how long a request that changed a trip waits for the trip view to show the change
 * @param affiliate        the parameters added to booking links
 */
@ConfigurationProperties("tripavail.trip.trips")
public record TripProperties(@DefaultValue("24h") Duration reminderLeadTime,
                             @DefaultValue("P6M") Period archiveAfter,
                             @DefaultValue("1h") Duration archiveInterval,
                             @DefaultValue("5s") Duration viewWait,
                             @DefaultValue Affiliate affiliate) {

    /**
     * @param clickParameter the query parameter that carries the click id
     * @param parameters     parameters of every platform without its own
     * @param platforms      parameters per booking platform (names compared ignoring case)
     */
    public record Affiliate(@DefaultValue("click") String clickParameter,
                            Map<String, String> parameters,
                            Map<String, Map<String, String>> platforms) {

        public Affiliate {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
            TreeMap<String, Map<String, String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            if (platforms != null) {
                platforms.forEach((name, values) -> byName.put(name, Map.copyOf(values)));
            }
            platforms = byName;
        }

        /** The parameters for links to {@code platform}, in a stable order. */
        public Map<String, String> parametersFor(String platform) {
            Map<String, String> own = platform == null ? null : platforms.get(platform.toLowerCase(Locale.ROOT));
            return new TreeMap<>(own != null ? own : parameters);
        }
    }
}
