package com.tripavail.trip.config;

import com.tripavail.trip.routing.gtfs.TransitMode;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a transport leg is booked: a platform name and a deep-link template, per operator (agency name, as the
 * feed spells it) or else per mode. Templates may use {operator}, {operatorUrl} (the feed's agency_url), {from},
 * {to} (stop codes: the station's id without the feed prefix), {fromName}, {toName}, {fromCity}, {toCity} (city
 * slugs), {date} (local departure date, ISO) and {passengers}. A leg whose mode has no entry is booked with its
 * operator on the operator's site.
 */
@ConfigurationProperties("tripavail.trip.booking-platforms")
public record BookingPlatformProperties(Map<TransitMode, Platform> modes, Map<String, Platform> operators) {

    public BookingPlatformProperties {
        modes = modes == null ? defaultModes() : Map.copyOf(modes);
        operators = operators == null ? Map.of() : Map.copyOf(operators);
    }

    public record Platform(String name, String deepLink) {
    }

    static Map<TransitMode, Platform> defaultModes() {
        Map<TransitMode, Platform> modes = new EnumMap<>(TransitMode.class);
        modes.put(TransitMode.RAIL, new Platform("IRCTC",
                "https://www.irctc.co.in/nget/train-search?from={from}&to={to}&date={date}&passengers={passengers}"));
        Platform redBus = new Platform("redBus", "https://www.redbus.in/bus-tickets/{fromCity}-to-{toCity}?onward={date}");
        modes.put(TransitMode.BUS, redBus);
        modes.put(TransitMode.COACH, redBus);
        modes.put(TransitMode.AIR, new Platform("{operator}",
                "{operatorUrl}?from={from}&to={to}&date={date}&adults={passengers}"));
        return modes;
    }
}
