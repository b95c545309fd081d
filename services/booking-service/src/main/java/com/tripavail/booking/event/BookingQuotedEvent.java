package com.tripavail.booking.event;

import java.time.Instant;

/** A traveller asked for a price: the booking exists, in QUOTE, with the server's breakdown. */
public record BookingQuotedEvent(String bookingId, String travelerId, String providerId, BookedProduct product,
                                 int units, int guests, PriceBreakdown quote, CancellationPolicy cancellationPolicy,
                                 Instant at) {
}
