package com.tripavail.booking.query.dashboard;

import static com.tripavail.booking.jooq.Tables.BOOKING_DASHBOARD;
import static com.tripavail.booking.jooq.Tables.BOOKING_REFUND;

import com.tripavail.booking.event.BookedProduct;
import com.tripavail.booking.event.BookingCancelledEvent;
import com.tripavail.booking.event.BookingCompletedEvent;
import com.tripavail.booking.event.BookingConfirmedEvent;
import com.tripavail.booking.event.BookingHeldEvent;
import com.tripavail.booking.event.BookingHoldExpiredEvent;
import com.tripavail.booking.event.BookingHoldRejectedEvent;
import com.tripavail.booking.event.BookingHoldRequestedEvent;
import com.tripavail.booking.event.BookingPaymentFailedEvent;
import com.tripavail.booking.event.BookingPaymentStartedEvent;
import com.tripavail.booking.event.BookingQuotedEvent;
import com.tripavail.booking.event.BookingStatus;
import com.tripavail.booking.event.CancelledBy;
import com.tripavail.booking.event.PaymentRefundedEvent;
import com.tripavail.booking.event.PriceBreakdown;
import com.tripavail.booking.jooq.tables.records.BookingDashboardRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * {@code booking_dashboard} and {@code booking_refund}: every booking as the traveller's, the
 * provider's and the admin's dashboards read it. One projection for the three: they are
 * different reads of the same per-booking facts, so the admin's gross booking value and a
 * provider's revenue always come from the same rows, and a replay rebuilds them together.
 *
 * <p>Each handler writes absolute values keyed by the booking (or refund) id — never an
 * increment — so an event applied twice, in the order the processor delivers them, leaves the
 * row as applying it once did; a replay starts from empty tables.
 */
@Component
@ProcessingGroup(BookingDashboardProjection.PROCESSING_GROUP)
public class BookingDashboardProjection {

    public static final String PROCESSING_GROUP = "booking-dashboard";

    /** What the price columns hold: the quote, the held price, or the snapshot fixed at confirmation. */
    public enum PriceStage {
        QUOTE,
        HELD,
        SNAPSHOT
    }

    private final DSLContext dsl;

    public BookingDashboardProjection(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(BookingQuotedEvent event) {
        BookingDashboardRecord row = dsl.newRecord(BOOKING_DASHBOARD);
        row.setBookingId(event.bookingId());
        row.setTravelerId(event.travelerId());
        row.setProviderId(event.providerId());
        row.setStatus(BookingStatus.QUOTE.name());
        product(row, event.product(), event.units(), event.guests());
        price(row, PriceStage.QUOTE, event.quote());
        row.setQuotedAt(utc(event.at()));
        row.setUpdatedAt(utc(event.at()));
        dsl.insertInto(BOOKING_DASHBOARD).set(row).onConflictDoNothing().execute();
    }

    @EventHandler
    void on(BookingHoldRequestedEvent event) {
        BookedProduct product = event.product();
        dsl.update(BOOKING_DASHBOARD)
                .set(BOOKING_DASHBOARD.STATUS, BookingStatus.HOLD_PENDING.name())
                .set(BOOKING_DASHBOARD.PRODUCT_TYPE, product.productType().name())
                .set(BOOKING_DASHBOARD.PRODUCT_ID, product.productId())
                .set(BOOKING_DASHBOARD.DEPARTURE_ID, product.departureId())
                .set(BOOKING_DASHBOARD.LISTING_ID, product.listingId())
                .set(BOOKING_DASHBOARD.PRODUCT_NAME, product.name())
                .set(BOOKING_DASHBOARD.CITY, product.city())
                .set(BOOKING_DASHBOARD.START_DATE, product.startDate())
                .set(BOOKING_DASHBOARD.END_DATE, product.endDate())
                .set(BOOKING_DASHBOARD.TIME_ZONE, product.timeZone())
                .set(BOOKING_DASHBOARD.UNITS, event.units())
                .set(BOOKING_DASHBOARD.GUESTS, event.guests())
                .set(BOOKING_DASHBOARD.UPDATED_AT, utc(event.at()))
                .where(BOOKING_DASHBOARD.BOOKING_ID.eq(event.bookingId()))
                .execute();
    }

    @EventHandler
    void on(BookingHeldEvent event) {
        PriceBreakdown price = event.price();
        dsl.update(BOOKING_DASHBOARD)
                .set(BOOKING_DASHBOARD.STATUS, BookingStatus.HOLD.name())
                .set(BOOKING_DASHBOARD.PRICE_STAGE, PriceStage.HELD.name())
                .set(BOOKING_DASHBOARD.CURRENCY, price.total().currency())
                .set(BOOKING_DASHBOARD.SUBTOTAL, price.subtotal().amount())
                .set(BOOKING_DASHBOARD.TAXES, price.taxes().amount())
                .set(BOOKING_DASHBOARD.FEES, price.fees().amount())
                .set(BOOKING_DASHBOARD.TOTAL, price.total().amount())
                .set(BOOKING_DASHBOARD.COMMISSION, price.commission().amount())
                .set(BOOKING_DASHBOARD.PROVIDER_EARNINGS, price.providerEarnings().amount())
                .set(BOOKING_DASHBOARD.HOLD_EXPIRES_AT, utc(event.holdExpiresAt()))
                .set(BOOKING_DASHBOARD.UPDATED_AT, utc(event.at()))
                .where(BOOKING_DASHBOARD.BOOKING_ID.eq(event.bookingId()))
                .execute();
    }

    @EventHandler
    void on(BookingHoldRejectedEvent event) {
        close(event.bookingId(), BookingStatus.HOLD_REJECTED, event.reason(), event.at());
    }

    @EventHandler
    void on(BookingPaymentStartedEvent event) {
        status(event.bookingId(), BookingStatus.PAYMENT_PENDING, null, event.at());
    }

    /** Declined: back to HOLD, with the reason shown until the next attempt. */
    @EventHandler
    void on(BookingPaymentFailedEvent event) {
        status(event.bookingId(), BookingStatus.HOLD, event.reason(), event.at());
    }

    /** Carries the whole booking: written in full, whether or not the earlier events were seen. */
    @EventHandler
    void on(BookingConfirmedEvent event) {
        BookingDashboardRecord row = dsl.newRecord(BOOKING_DASHBOARD);
        row.setBookingId(event.bookingId());
        row.setTravelerId(event.travelerId());
        row.setProviderId(event.providerId());
        row.setStatus(BookingStatus.CONFIRMED.name());
        product(row, event.product(), event.units(), event.guests());
        price(row, PriceStage.SNAPSHOT, event.priceSnapshot());
        row.setHoldExpiresAt(null);
        row.setOutcomeReason(null);
        row.setQuotedAt(utc(event.at()));
        row.setConfirmedAt(utc(event.at()));
        row.setUpdatedAt(utc(event.at()));
        BookingDashboardRecord update = row.copy();
        update.changed(BOOKING_DASHBOARD.QUOTED_AT, false); // the quote's time stays when the quote was seen
        update.changed(BOOKING_DASHBOARD.BOOKING_ID, false);
        dsl.insertInto(BOOKING_DASHBOARD).set(row)
                .onConflict(BOOKING_DASHBOARD.BOOKING_ID).doUpdate().set(update)
                .execute();
    }

    @EventHandler
    void on(BookingHoldExpiredEvent event) {
        close(event.bookingId(), BookingStatus.EXPIRED_HOLD, null, event.at());
    }

    @EventHandler
    void on(BookingCancelledEvent event) {
        close(event.bookingId(), event.by() == CancelledBy.PROVIDER
                ? BookingStatus.CANCELLED_BY_PROVIDER : BookingStatus.CANCELLED_BY_GUEST, event.reason(), event.at());
    }

    @EventHandler
    void on(BookingCompletedEvent event) {
        close(event.bookingId(), BookingStatus.COMPLETED, null, event.at());
    }

    @EventHandler
    void on(PaymentRefundedEvent event) {
        dsl.insertInto(BOOKING_REFUND)
                .set(BOOKING_REFUND.REFUND_ID, event.refundId())
                .set(BOOKING_REFUND.BOOKING_ID, event.bookingId())
                .set(BOOKING_REFUND.PROVIDER_ID, event.providerId())
                .set(BOOKING_REFUND.AMOUNT, event.refund().amount().amount())
                .set(BOOKING_REFUND.CURRENCY, event.refund().amount().currency())
                .set(BOOKING_REFUND.REFUNDED_AT, utc(event.at()))
                .onConflictDoNothing()
                .execute();
    }

    @ResetHandler
    void reset() {
        dsl.truncate(BOOKING_DASHBOARD).execute();
        dsl.truncate(BOOKING_REFUND).execute();
    }

    private void status(String bookingId, BookingStatus status, String reason, Instant at) {
        dsl.update(BOOKING_DASHBOARD)
                .set(BOOKING_DASHBOARD.STATUS, status.name())
                .set(BOOKING_DASHBOARD.OUTCOME_REASON, reason)
                .set(BOOKING_DASHBOARD.UPDATED_AT, utc(at))
                .where(BOOKING_DASHBOARD.BOOKING_ID.eq(bookingId))
                .execute();
    }

    /** A final status: the hold countdown ends. */
    private void close(String bookingId, BookingStatus status, String reason, Instant at) {
        dsl.update(BOOKING_DASHBOARD)
                .set(BOOKING_DASHBOARD.STATUS, status.name())
                .set(BOOKING_DASHBOARD.OUTCOME_REASON, reason)
                .set(BOOKING_DASHBOARD.HOLD_EXPIRES_AT, (OffsetDateTime) null)
                .set(BOOKING_DASHBOARD.CLOSED_AT, utc(at))
                .set(BOOKING_DASHBOARD.UPDATED_AT, utc(at))
                .where(BOOKING_DASHBOARD.BOOKING_ID.eq(bookingId))
                .execute();
    }

    private static void product(BookingDashboardRecord row, BookedProduct product, int units, int guests) {
        row.setProductType(product.productType().name());
        row.setProductId(product.productId());
        row.setDepartureId(product.departureId());
        row.setListingId(product.listingId());
        row.setProductName(product.name());
        row.setCity(product.city());
        row.setStartDate(product.startDate());
        row.setEndDate(product.endDate());
        row.setTimeZone(product.timeZone());
        row.setUnits(units);
        row.setGuests(guests);
    }

    private static void price(BookingDashboardRecord row, PriceStage stage, PriceBreakdown price) {
        row.setPriceStage(stage.name());
        row.setCurrency(price.total().currency());
        row.setSubtotal(price.subtotal().amount());
        row.setTaxes(price.taxes().amount());
        row.setFees(price.fees().amount());
        row.setTotal(price.total().amount());
        row.setCommission(price.commission().amount());
        row.setProviderEarnings(price.providerEarnings().amount());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
