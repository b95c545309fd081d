package com.tripavail.booking.event;

import java.time.Instant;

/** The provider reports the refund paid out. */
public record PaymentRefundedEvent(String paymentId, String bookingId, String refundId, String travelerId,
                                   String providerId, RefundSplit refund, String reason, Instant at) {
}
