package com.tripavail.trip.query.search;

import com.tripavail.trip.config.BookingPlatformProperties;
import com.tripavail.trip.routing.journey.Leg;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** Where a transport leg is booked and the deep link to it, from {@link BookingPlatformProperties}. */
public class BookingPlatforms {

    public record BookingLink(String platform, String deepLink) {
    }

    /** What a link template may use about a leg beyond the leg itself. */
    public record LegPlaces(String fromCode, String toCode, String fromCity, String toCity) {
    }

    private final BookingPlatformProperties properties;

    public BookingPlatforms(BookingPlatformProperties properties) {
        this.properties = properties;
    }

    public BookingLink linkFor(Leg leg, LegPlaces places, int passengers) {
        BookingPlatformProperties.Platform platform = properties.operators().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(leg.operator()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> properties.modes().getOrDefault(leg.mode(),
                        new BookingPlatformProperties.Platform("{operator}", "{operatorUrl}")));
        String operatorUrl = leg.operatorUrl() == null ? "" : leg.operatorUrl();
        LocalDate date = leg.localDeparture().toLocalDate();
        Map<String, String> values = Map.of(
                "operator", leg.operator(),
                "from", encode(places.fromCode()),
                "to", encode(places.toCode()),
                "fromName", encode(leg.from().name()),
                "toName", encode(leg.to().name()),
                "fromCity", encode(places.fromCity()),
                "toCity", encode(places.toCity()),
                "date", date.toString(),
                "passengers", Integer.toString(passengers));
        String name = fill(platform.name(), values);
        String link = platform.deepLink() == null || (platform.deepLink().contains("{operatorUrl}") && operatorUrl.isBlank())
                ? null : fill(platform.deepLink().replace("{operatorUrl}", operatorUrl), values);
        return new BookingLink(name, link);
    }

    static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static String encode(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
