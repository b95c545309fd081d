package com.tripavail.booking.event;

import java.time.Instant;

/** Money is to go back to the traveller; the payment gateway asks the provider (idempotent by refundId). */
public record PaymentRefundRequestedEvent(String paymentId, String bookingId, String refundId, String provider,
                                          String providerTxnId, RefundSplit refund, String reason, Instant at) {
}
