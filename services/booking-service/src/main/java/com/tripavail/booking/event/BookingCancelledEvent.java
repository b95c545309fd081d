package com.tripavail.booking.event;

import java.time.Instant;

/**
 * The guest or the provider cancelled. {@code holdId} (null if nothing was held) goes back to
 * inventory; {@code refund} (null when nothing was paid) is what the cancellation policy returns,
 * paid back through {@code paymentId}.
 */
public record BookingCancelledEvent(String bookingId, String holdId, CancelledBy by, String reason,
                                    String paymentId, RefundSplit refund, String travelerId, String providerId,
                                    Instant at) {
}
