package com.tripavail.booking.query.booking;

import static com.tripavail.booking.jooq.Tables.BOOKING_VIEW;

import com.tripavail.booking.event.BookedProduct;
import com.tripavail.booking.event.BookingCancelledEvent;
import com.tripavail.booking.event.BookingCompletedEvent;
import com.tripavail.booking.event.BookingConfirmedEvent;
import com.tripavail.booking.event.BookingHeldEvent;
import com.tripavail.booking.event.BookingHoldExpiredEvent;
import com.tripavail.booking.event.BookingHoldRejectedEvent;
import com.tripavail.booking.event.BookingHoldRequestedEvent;
import com.tripavail.booking.event.BookingPaymentFailedEvent;
import com.tripavail.booking.event.BookingPaymentRefusedEvent;
import com.tripavail.booking.event.BookingPaymentStartedEvent;
import com.tripavail.booking.event.BookingQuotedEvent;
import com.tripavail.booking.event.BookingStatus;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.jooq.tables.records.BookingViewRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jooq.DSLContext;
import org.jooq.UpdateSetMoreStep;
import org.springframework.stereotype.Component;

/**
 * Each booking as it stands, written in the command's own transaction (a subscribing processor),
 * so the request that changed a booking reads its new state, and whoever waits on the booking is
 * woken once the change is committed.
 */
@Component
@ProcessingGroup("booking-view")
public class BookingViewProjection {

    private final DSLContext dsl;
    private final BookingStatusWatch watch;

    public BookingViewProjection(DSLContext dsl, BookingStatusWatch watch) {
        this.dsl = dsl;
        this.watch = watch;
    }

    @EventHandler
    void on(BookingQuotedEvent e) {
        BookedProduct product = e.product();
        dsl.insertInto(BOOKING_VIEW)
                .set(BOOKING_VIEW.BOOKING_ID, e.bookingId())
                .set(BOOKING_VIEW.TRAVELER_ID, e.travelerId())
                .set(BOOKING_VIEW.PROVIDER_ID, e.providerId())
                .set(BOOKING_VIEW.STATUS, BookingStatus.QUOTE.name())
                .set(BOOKING_VIEW.PRODUCT_TYPE, product.productType().name())
                .set(BOOKING_VIEW.PRODUCT_ID, product.productId())
                .set(BOOKING_VIEW.DEPARTURE_ID, product.departureId())
                .set(BOOKING_VIEW.LISTING_ID, product.listingId())
                .set(BOOKING_VIEW.PRODUCT_NAME, product.name())
                .set(BOOKING_VIEW.CITY, product.city())
                .set(BOOKING_VIEW.START_DATE, product.startDate())
                .set(BOOKING_VIEW.END_DATE, product.endDate())
                .set(BOOKING_VIEW.TIME_ZONE, product.timeZone())
                .set(BOOKING_VIEW.UNITS, e.units())
                .set(BOOKING_VIEW.GUESTS, e.guests())
                .set(BOOKING_VIEW.PRICE, BookingJson.write(e.quote()))
                .set(BOOKING_VIEW.CANCELLATION_POLICY, BookingJson.write(e.cancellationPolicy()))
                .set(BOOKING_VIEW.CREATED_AT, utc(e.at()))
                .set(BOOKING_VIEW.UPDATED_AT, utc(e.at()))
                .onConflict(BOOKING_VIEW.BOOKING_ID).doNothing()
                .execute();
        changed(e.bookingId());
    }

    @EventHandler
    void on(BookingHoldRequestedEvent e) {
        update(e.bookingId(), BookingStatus.HOLD_PENDING, e.at()).set(BOOKING_VIEW.HOLD_ID, e.holdId())
                .where(BOOKING_VIEW.BOOKING_ID.eq(e.bookingId())).execute();
    }

    @EventHandler
    void on(BookingHeldEvent e) {
        update(e.bookingId(), BookingStatus.HOLD, e.at())
                .set(BOOKING_VIEW.PRICE, BookingJson.write(e.price()))
                .set(BOOKING_VIEW.HOLD_EXPIRES_AT, utc(e.holdExpiresAt()))
                .where(BOOKING_VIEW.BOOKING_ID.eq(e.bookingId())).execute();
    }

    @EventHandler
    void on(BookingHoldRejectedEvent e) {
        outcome(update(e.bookingId(), BookingStatus.HOLD_REJECTED, e.at()), e.reason(), e.detail())
                .where(BOOKING_VIEW.BOOKING_ID.eq(e.bookingId())).execute();
    }

    @EventHandler
    void on(BookingPaymentStartedEvent e) {
        update(e.bookingId(), BookingStatus.PAYMENT_PENDING, e.at()).set(BOOKING_VIEW.PAYMENT_ID, e.paymentId())
                .where(BOOKING_VIEW.BOOKING_ID.eq(e.bookingId())).execute();
    }

    @EventHandler
    void on(BookingPaymentFailedEvent e) {
        outcome(update(e.bookingId(), BookingStatus.HOLD, e.at()), "PAYMENT_DECLINED", e.reason())
                .where(BOOKING_VIEW.BOOKING_ID.eq(e.bookingId())).execute();
    }

    @EventHandler
    void on(BookingConfirmedEvent e) {
        outcome(update(e.bookingId(), BookingStatus.CONFIRMED, e.at()), null, null)
                .set(BOOKING_VIEW.PRICE, BookingJson.write(e.priceSnapshot()))
                .set(BOOKING_VIEW.PRICE_FIXED, true)
                .set(BOOKING_VIEW.PAYMENT_ID, e.paymentId())
                .where(BOOKING_VIEW.BOOKING_ID.eq(e.bookingId())).execute();
    }

    @EventHandler
    void on(BookingHoldExpiredEvent e) {
        outcome(update(e.bookingId(), BookingStatus.EXPIRED_HOLD, e.at()), "NOT_PAID_IN_TIME", null)
                .where(BOOKING_VIEW.BOOKING_ID.eq(e.bookingId())).execute();
    }

    @EventHandler
    void on(BookingPaymentRefusedEvent e) {
        // The status stays; the late payment is noted so the traveller knows it is being refunded.
        dsl.update(BOOKING_VIEW)
                .set(BOOKING_VIEW.OUTCOME_DETAIL, "a payment of " + e.amount().amount().toPlainString() + " "
                        + e.amount().currency() + " arrived too late (" + e.reason() + ") and is refunded")
                .set(BOOKING_VIEW.UPDATED_AT, utc(e.at()))
                .where(BOOKING_VIEW.BOOKING_ID.eq(e.bookingId())).execute();
        changed(e.bookingId());
    }

    @EventHandler
    void on(BookingCancelledEvent e) {
        BookingStatus status = e.by() == CancelledBy.GUEST
                ? BookingStatus.CANCELLED_BY_GUEST : BookingStatus.CANCELLED_BY_PROVIDER;
        outcome(update(e.bookingId(), status, e.at()), "CANCELLED", e.reason())
                .set(BOOKING_VIEW.REFUND_AMOUNT, e.refund() == null ? null : e.refund().amount().amount())
                .where(BOOKING_VIEW.BOOKING_ID.eq(e.bookingId())).execute();
    }

    @EventHandler
    void on(BookingCompletedEvent e) {
        update(e.bookingId(), BookingStatus.COMPLETED, e.at())
                .where(BOOKING_VIEW.BOOKING_ID.eq(e.bookingId())).execute();
    }

    @ResetHandler
    void reset() {
        dsl.truncate(BOOKING_VIEW).execute();
    }

    private UpdateSetMoreStep<BookingViewRecord> update(String bookingId, BookingStatus status, Instant at) {
        changed(bookingId);
        return dsl.update(BOOKING_VIEW)
                .set(BOOKING_VIEW.STATUS, status.name())
                .set(BOOKING_VIEW.UPDATED_AT, utc(at));
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static UpdateSetMoreStep<BookingViewRecord> outcome(UpdateSetMoreStep<BookingViewRecord> update,
                                                                String reason, String detail) {
        return update.set(BOOKING_VIEW.OUTCOME_REASON, reason).set(BOOKING_VIEW.OUTCOME_DETAIL, detail);
    }

    /** Wake waiters after the commit, when what they will read is there. */
    private void changed(String bookingId) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> watch.changed(bookingId));
        } else {
            watch.changed(bookingId);
        }
    }
}
