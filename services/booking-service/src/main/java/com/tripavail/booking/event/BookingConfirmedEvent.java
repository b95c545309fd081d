package com.tripavail.booking.event;

import java.time.Instant;

/**
 * The payment was captured: the booking is CONFIRMED and {@code priceSnapshot} is its price for
 * good (invoices and refunds use it; it is never recomputed). Carries what the ledger and the
 * dashboards need, so they read no other event.
 */
public record BookingConfirmedEvent(String bookingId, String holdId, String paymentId, String travelerId,
                                    String providerId, BookedProduct product, int units, int guests,
                                    PriceBreakdown priceSnapshot, CancellationPolicy cancellationPolicy,
                                    Instant at) {
}
