package com.tripavail.trip.integration.booking;

import static com.tripavail.trip.jooq.Tables.MARKETPLACE_BOOKING;

import com.tripavail.contracts.Money;
import com.tripavail.trip.jooq.tables.records.MarketplaceBookingRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The {@code marketplace_booking} rows: the booking service's confirmations and cancellations, and the trip legs
 * travellers linked bookings to. Both sides upsert the one row of a booking and get it back as merged: the row
 * lock makes the second writer wait for the first to commit, so a confirmation and a link arriving together
 * always meet. A link, once made, is kept (the first trip leg wins); a cancellation is never undone by a
 * late confirmation.
 */
@Repository
public class MarketplaceBookings {

    private final DSLContext dsl;

    public MarketplaceBookings(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records the booking service's confirmation; returns the row as it now stands. */
    public MarketplaceBooking confirmed(String bookingId, String travelerId, Money total, Instant at) {
        return dsl.insertInto(MARKETPLACE_BOOKING)
                .set(MARKETPLACE_BOOKING.BOOKING_ID, bookingId)
                .set(MARKETPLACE_BOOKING.TRAVELER_ID, travelerId)
                .set(MARKETPLACE_BOOKING.STATUS, MarketplaceBooking.CONFIRMED)
                .set(MARKETPLACE_BOOKING.TOTAL_AMOUNT, total.amount())
                .set(MARKETPLACE_BOOKING.TOTAL_CURRENCY, total.currency())
                .set(MARKETPLACE_BOOKING.CONFIRMED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(MARKETPLACE_BOOKING.BOOKING_ID).doUpdate()
                .set(MARKETPLACE_BOOKING.TRAVELER_ID, travelerId)
                .set(MARKETPLACE_BOOKING.STATUS, DSL.when(MARKETPLACE_BOOKING.STATUS.eq(MarketplaceBooking.CANCELLED),
                        MarketplaceBooking.CANCELLED).otherwise(MarketplaceBooking.CONFIRMED))
                .set(MARKETPLACE_BOOKING.TOTAL_AMOUNT, total.amount())
                .set(MARKETPLACE_BOOKING.TOTAL_CURRENCY, total.currency())
                .set(MARKETPLACE_BOOKING.CONFIRMED_AT, at.atOffset(ZoneOffset.UTC))
                .returning()
                .fetchOne(MarketplaceBookings::booking);
    }

    /** Records the booking service's cancellation; returns the row as it now stands. */
    public MarketplaceBooking cancelled(String bookingId, String travelerId, Instant at) {
        return dsl.insertInto(MARKETPLACE_BOOKING)
                .set(MARKETPLACE_BOOKING.BOOKING_ID, bookingId)
                .set(MARKETPLACE_BOOKING.TRAVELER_ID, travelerId)
                .set(MARKETPLACE_BOOKING.STATUS, MarketplaceBooking.CANCELLED)
                .set(MARKETPLACE_BOOKING.CANCELLED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(MARKETPLACE_BOOKING.BOOKING_ID).doUpdate()
                .set(MARKETPLACE_BOOKING.TRAVELER_ID, travelerId)
                .set(MARKETPLACE_BOOKING.STATUS, MarketplaceBooking.CANCELLED)
                .set(MARKETPLACE_BOOKING.CANCELLED_AT, at.atOffset(ZoneOffset.UTC))
                .returning()
                .fetchOne(MarketplaceBookings::booking);
    }

    /**
     * Links the booking to a trip leg unless it is linked already; returns the row as it now stands (linked to
     * another leg if another link came first). Call it in the transaction of the link's command, so that a
     * refused link leaves no row behind.
     */
    public MarketplaceBooking link(String bookingId, String tripId, int legIndex, Instant at) {
        return dsl.insertInto(MARKETPLACE_BOOKING)
                .set(MARKETPLACE_BOOKING.BOOKING_ID, bookingId)
                .set(MARKETPLACE_BOOKING.TRIP_ID, tripId)
                .set(MARKETPLACE_BOOKING.LEG_INDEX, legIndex)
                .set(MARKETPLACE_BOOKING.LINKED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(MARKETPLACE_BOOKING.BOOKING_ID).doUpdate()
                .set(MARKETPLACE_BOOKING.TRIP_ID, DSL.coalesce(MARKETPLACE_BOOKING.TRIP_ID, DSL.val(tripId)))
                .set(MARKETPLACE_BOOKING.LEG_INDEX, DSL.coalesce(MARKETPLACE_BOOKING.LEG_INDEX, DSL.val(legIndex)))
                .set(MARKETPLACE_BOOKING.LINKED_AT, DSL.coalesce(MARKETPLACE_BOOKING.LINKED_AT,
                        DSL.val(at.atOffset(ZoneOffset.UTC))))
                .returning()
                .fetchOne(MarketplaceBookings::booking);
    }

    private static MarketplaceBooking booking(MarketplaceBookingRecord r) {
        BigDecimal amount = r.getTotalAmount();
        Money total = amount == null ? null : new Money(plain(amount), r.getTotalCurrency());
        return new MarketplaceBooking(r.getBookingId(), r.getTravelerId(), r.getStatus(), total, r.getTripId(),
                r.getLegIndex());
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
