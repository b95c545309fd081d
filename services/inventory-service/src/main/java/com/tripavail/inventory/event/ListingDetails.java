package com.tripavail.inventory.event;

import java.time.LocalTime;
import java.util.List;

/** What a hotel property shows travellers. {@code timeZone} is an IANA zone; nights are dates there. */
public record ListingDetails(String name, String description, String addressLine, String city, String countryCode,
                             GeoPoint location, String timeZone, LocalTime checkInTime, LocalTime checkOutTime,
                             List<String> amenities) {
}
