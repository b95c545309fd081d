package com.tripavail.booking.event;

import java.time.Instant;

/** Inventory held the product: the price is now the held prices', payable until {@code holdExpiresAt}. */
public record BookingHeldEvent(String bookingId, String holdId, PriceBreakdown price, Instant holdExpiresAt,
                               Instant at) {
}
