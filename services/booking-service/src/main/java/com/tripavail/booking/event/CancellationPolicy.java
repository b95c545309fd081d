package com.tripavail.booking.event;

/**
 * How much a guest gets back when cancelling: everything until {@code fullRefundDaysBefore}
 * days before the start date, then {@code latePercent} percent until the start date, nothing
 * after it. A provider's cancellation always refunds everything. Stored in the booking, so a
 * later change of policy does not touch bookings already made.
 */
public record CancellationPolicy(String name, int fullRefundDaysBefore, int latePercent) {
}
