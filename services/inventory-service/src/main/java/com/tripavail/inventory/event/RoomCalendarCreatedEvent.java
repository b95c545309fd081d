package com.tripavail.inventory.event;

import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * A room type's calendar exists: no night is open yet. {@code defaultUnits} are the units a
 * newly opened night gets unless the provider says otherwise; {@code saleable} says whether
 * its listing is PUBLISHED.
 */
public record RoomCalendarCreatedEvent(String roomTypeId, String listingId, String providerId, String timeZone,
                                       int capacity, Money basePrice, int defaultUnits, boolean saleable,
                                       Instant at) {
}
