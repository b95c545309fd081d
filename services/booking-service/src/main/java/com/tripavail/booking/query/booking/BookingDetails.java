package com.tripavail.booking.query.booking;

import com.tripavail.booking.event.BookingStatus;
import com.tripavail.booking.event.CancellationPolicy;
import com.tripavail.booking.event.PriceBreakdown;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking as it stands.
 *
 * @param price      the quote, then the held price, then (priceFixed) the confirmed snapshot
 * @param refundAmount what a cancellation returns (null when nothing)
 */
public record BookingDetails(String bookingId, String travelerId, String providerId, BookingStatus status,
                             String productType, String productId, String departureId, String listingId,
                             String productName, String city, LocalDate startDate, LocalDate endDate,
                             String timeZone, int units, int guests, String holdId, Instant holdExpiresAt,
                             String paymentId, PriceBreakdown price, boolean priceFixed,
                             CancellationPolicy cancellationPolicy, String outcomeReason, String outcomeDetail,
                             BigDecimal refundAmount, Instant createdAt, Instant updatedAt) {
}
