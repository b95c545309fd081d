package com.tripavail.booking.integration.publication;

import com.tripavail.booking.event.BookedProduct;
import com.tripavail.booking.event.BookingCancelledEvent;
import com.tripavail.booking.event.BookingCompletedEvent;
import com.tripavail.booking.event.BookingConfirmedEvent;
import com.tripavail.booking.event.BookingHeldEvent;
import com.tripavail.booking.event.BookingHoldExpiredEvent;
import com.tripavail.booking.event.BookingHoldRejectedEvent;
import com.tripavail.booking.event.BookingHoldRequestedEvent;
import com.tripavail.booking.event.BookingPaymentStartedEvent;
import com.tripavail.booking.event.PaymentRefundedEvent;
import com.tripavail.booking.event.ProductType;
import com.tripavail.contracts.booking.BookingCancelled;
import com.tripavail.contracts.booking.BookingCompleted;
import com.tripavail.contracts.booking.BookingConfirmed;
import com.tripavail.contracts.booking.BookingExpired;
import com.tripavail.contracts.booking.BookingHeld;
import com.tripavail.contracts.booking.BookingPaymentPending;
import com.tripavail.contracts.booking.BookingRefunded;
import com.tripavail.contracts.booking.BookingRejected;
import com.tripavail.contracts.booking.HoldConfirmed;
import com.tripavail.contracts.booking.HoldReleaseRequested;
import com.tripavail.contracts.booking.HoldRequested;
import com.tripavail.platform.kafka.PublicEventTranslator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Booking's public language on {@code tripavail.booking.events}. The requests inventory acts on
 * (hold, release, confirm) come from the same domain events as the booking's own story, so the
 * outbox sends both or neither: a confirmed booking is a sale for inventory and a confirmation
 * for everyone else.
 */
@Component
public class BookingEventTranslator implements PublicEventTranslator {

    static final String EXPIRED = "EXPIRED";
    static final String CANCELLED = "CANCELLED";

    @Override
    public Optional<Object> translate(Object domainEvent) {
        return translateAll(domainEvent).stream().findFirst();
    }

    @Override
    public List<Object> translateAll(Object domainEvent) {
        return switch (domainEvent) {
            case BookingHoldRequestedEvent e -> List.of(holdRequested(e));
            case BookingHeldEvent e ->
                    List.of(new BookingHeld(e.bookingId(), e.holdId(), e.price().total(), e.holdExpiresAt(), e.at()));
            case BookingHoldRejectedEvent e ->
                    List.of(new BookingRejected(e.bookingId(), e.holdId(), e.reason(), e.detail(), e.at()));
            case BookingPaymentStartedEvent e ->
                    List.of(new BookingPaymentPending(e.bookingId(), e.paymentId(), e.provider(), e.amount(), e.at()));
            case BookingConfirmedEvent e -> List.of(
                    new HoldConfirmed(e.holdId(), e.bookingId(), e.at()),
                    confirmed(e));
            case BookingHoldExpiredEvent e -> List.of(
                    new HoldReleaseRequested(e.holdId(), e.bookingId(), EXPIRED, e.at()),
                    new BookingExpired(e.bookingId(), e.holdId(), e.at()));
            case BookingCancelledEvent e -> cancelled(e);
            case BookingCompletedEvent e -> List.of(new BookingCompleted(e.bookingId(), e.at()));
            case PaymentRefundedEvent e -> List.of(new BookingRefunded(e.bookingId(), e.paymentId(), e.refundId(),
                    e.refund().amount(), e.reason(), e.at()));
            default -> List.of();
        };
    }

    private static HoldRequested holdRequested(BookingHoldRequestedEvent e) {
        BookedProduct product = e.product();
        boolean stay = product.productType() == ProductType.STAY;
        boolean tour = product.productType() == ProductType.TOUR_PACKAGE;
        return new HoldRequested(e.holdId(), e.bookingId(), product.productType().name(), product.productId(),
                product.departureId(), tour ? null : product.startDate(), stay ? product.endDate() : null,
                e.units(), e.guests(), e.at());
    }

    private static BookingConfirmed confirmed(BookingConfirmedEvent e) {
        BookedProduct product = e.product();
        return new BookingConfirmed(e.bookingId(), e.holdId(), e.travelerId(), e.providerId(),
                product.productType().name(), product.productId(), product.departureId(), product.listingId(),
                product.name(), product.city(), product.startDate(), product.endDate(), e.units(), e.guests(),
                e.priceSnapshot().total(), e.at());
    }

    private static List<Object> cancelled(BookingCancelledEvent e) {
        List<Object> contracts = new ArrayList<>();
        if (e.holdId() != null) {
            contracts.add(new HoldReleaseRequested(e.holdId(), e.bookingId(), CANCELLED, e.at()));
        }
        contracts.add(new BookingCancelled(e.bookingId(), e.travelerId(), e.providerId(), e.by().name(), e.reason(),
                e.refund() == null ? null : e.refund().amount(), e.at()));
        return contracts;
    }
}
