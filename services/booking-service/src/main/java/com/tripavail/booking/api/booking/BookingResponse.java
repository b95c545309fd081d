package com.tripavail.booking.api.booking;

import com.tripavail.booking.event.BookingStatus;
import com.tripavail.booking.event.CancellationPolicy;
import com.tripavail.booking.event.PriceBreakdown;
import com.tripavail.booking.query.booking.BookingDetails;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking as the API shows it.
 *
 * @param holdSecondsLeft while HOLD or PAYMENT_PENDING: seconds until the hold expires (the countdown), else null
 * @param priceFixed      true once CONFIRMED: {@code price} is the snapshot and never changes
 */
public record BookingResponse(String bookingId, BookingStatus status, boolean transitional, String productType,
                              String productId, String departureId, String productName, String city,
                              LocalDate startDate, LocalDate endDate, int units, int guests, PriceBreakdown price,
                              boolean priceFixed, CancellationPolicy cancellationPolicy, Instant holdExpiresAt,
                              Long holdSecondsLeft, String paymentId, String outcomeReason, String outcomeDetail,
                              BigDecimal refundAmount, Instant createdAt, Instant updatedAt) {

    static BookingResponse of(BookingDetails b, Instant now) {
        Long secondsLeft = (b.status() == BookingStatus.HOLD || b.status() == BookingStatus.PAYMENT_PENDING)
                && b.holdExpiresAt() != null
                ? Math.max(0, Duration.between(now, b.holdExpiresAt()).toSeconds()) : null;
        return new BookingResponse(b.bookingId(), b.status(), b.status().isTransitional(), b.productType(),
                b.productId(), b.departureId(), b.productName(), b.city(), b.startDate(), b.endDate(), b.units(),
                b.guests(), b.price(), b.priceFixed(), b.cancellationPolicy(), b.holdExpiresAt(), secondsLeft,
                b.paymentId(), b.outcomeReason(), b.outcomeDetail(), b.refundAmount(), b.createdAt(),
                b.updatedAt());
    }
}
