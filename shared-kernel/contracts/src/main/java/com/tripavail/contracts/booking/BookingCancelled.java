package com.tripavail.contracts.booking;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.Instant;

/**
 * The guest or the provider cancelled.
 *
 * @param cancelledBy  GUEST or PROVIDER
 * @param refundAmount what goes back to the traveller (null when nothing was paid)
 */
@EventContract(type = "booking.BookingCancelled", version = 1)
public record BookingCancelled(String bookingId, String travelerId, String providerId, String cancelledBy,
                               String reason, Money refundAmount, Instant at) {
}
