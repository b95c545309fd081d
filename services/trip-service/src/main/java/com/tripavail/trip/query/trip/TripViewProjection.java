package com.tripavail.trip.query.trip;

import static com.tripavail.trip.jooq.Tables.BOOKING_CLICK_VIEW;
import static com.tripavail.trip.jooq.Tables.TRIP_ARCHIVE;
import static com.tripavail.trip.jooq.Tables.TRIP_LEG_VIEW;
import static com.tripavail.trip.jooq.Tables.TRIP_VIEW;

import com.tripavail.trip.event.BookingClickedEvent;
import com.tripavail.trip.event.ConversionMarkedEvent;
import com.tripavail.trip.event.LegBookedEvent;
import com.tripavail.trip.event.LegBookingCancelledEvent;
import com.tripavail.trip.event.LegReminderSentEvent;
import com.tripavail.trip.event.LegSnapshot;
import com.tripavail.trip.event.MarketplaceBookingLinkedEvent;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.event.TripCancelledEvent;
import com.tripavail.trip.event.TripCompletedEvent;
import com.tripavail.trip.event.TripPlannedEvent;
import com.tripavail.trip.event.TripStartedEvent;
import com.tripavail.trip.event.TripStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Trips as their travellers see them: the trip, its legs with their booking state, and the booking links
 * followed. Each trip row carries the sequence number of its last event ({@code version}), which requests
 * that changed the trip wait for. Replayable: the reset empties the tables; trips already moved to
 * {@code trip_archive} are not brought back.
 */
@Component
@ProcessingGroup(TripViewProjection.PROCESSING_GROUP)
public class TripViewProjection {

    public static final String PROCESSING_GROUP = "trip-view";

    private final DSLContext dsl;
    private final TripChangeWatch watch;

    public TripViewProjection(DSLContext dsl, TripChangeWatch watch) {
        this.dsl = dsl;
        this.watch = watch;
    }

    @EventHandler
    void on(TripPlannedEvent e, @SequenceNumber long sequence) {
        RouteSnapshot route = e.route();
        int inserted = dsl.insertInto(TRIP_VIEW)
                .columns(TRIP_VIEW.TRIP_ID, TRIP_VIEW.TRAVELER_ID, TRIP_VIEW.NAME, TRIP_VIEW.STATUS,
                        TRIP_VIEW.SEARCH_ID, TRIP_VIEW.ROUTE_INDEX, TRIP_VIEW.PREFERENCE, TRIP_VIEW.PASSENGERS,
                        TRIP_VIEW.ORIGIN_NAME, TRIP_VIEW.DESTINATION_NAME, TRIP_VIEW.DEPARTURE, TRIP_VIEW.ARRIVAL,
                        TRIP_VIEW.DURATION_MINUTES, TRIP_VIEW.TOTAL_AMOUNT, TRIP_VIEW.TOTAL_CURRENCY,
                        TRIP_VIEW.TRANSFERS, TRIP_VIEW.CREATED_AT, TRIP_VIEW.UPDATED_AT, TRIP_VIEW.VERSION)
                .select(DSL.select(DSL.val(e.tripId()), DSL.val(e.travelerId()), DSL.val(e.name()),
                                DSL.val(TripStatus.PLANNED.name()), DSL.val(route.searchId()),
                                DSL.val(route.routeIndex()), DSL.val(route.preference()), DSL.val(route.passengers()),
                                DSL.val(route.legs().getFirst().fromName()), DSL.val(route.legs().getLast().toName()),
                                DSL.val(utc(route.departure())), DSL.val(utc(route.arrival())),
                                DSL.val(route.durationMinutes()), DSL.val(route.totalPrice().amount()),
                                DSL.val(route.totalPrice().currency()), DSL.val(route.transfers()),
                                DSL.val(utc(e.at())), DSL.val(utc(e.at())), DSL.val(sequence))
                        .whereNotExists(DSL.selectOne().from(TRIP_ARCHIVE).where(TRIP_ARCHIVE.TRIP_ID.eq(e.tripId()))))
                .onConflict(TRIP_VIEW.TRIP_ID).doNothing()
                .execute();
        if (inserted == 0) {
            return; // archived, or already projected
        }
        for (LegSnapshot leg : route.legs()) {
            dsl.insertInto(TRIP_LEG_VIEW)
                    .set(TRIP_LEG_VIEW.TRIP_ID, e.tripId())
                    .set(TRIP_LEG_VIEW.LEG_INDEX, leg.index())
                    .set(TRIP_LEG_VIEW.KIND, leg.kind())
                    .set(TRIP_LEG_VIEW.MODE, leg.mode())
                    .set(TRIP_LEG_VIEW.OPERATOR, leg.operator())
                    .set(TRIP_LEG_VIEW.ROUTE_NAME, leg.routeName())
                    .set(TRIP_LEG_VIEW.FROM_STOP_ID, leg.fromStopId())
                    .set(TRIP_LEG_VIEW.FROM_NAME, leg.fromName())
                    .set(TRIP_LEG_VIEW.TO_STOP_ID, leg.toStopId())
                    .set(TRIP_LEG_VIEW.TO_NAME, leg.toName())
                    .set(TRIP_LEG_VIEW.DEPARTURE, utc(leg.departure()))
                    .set(TRIP_LEG_VIEW.ARRIVAL, utc(leg.arrival()))
                    .set(TRIP_LEG_VIEW.DURATION_MINUTES, leg.durationMinutes())
                    .set(TRIP_LEG_VIEW.PRICE_AMOUNT, leg.pricePerPassenger().amount())
                    .set(TRIP_LEG_VIEW.PRICE_CURRENCY, leg.pricePerPassenger().currency())
                    .set(TRIP_LEG_VIEW.BOOKING_PLATFORM, leg.bookingPlatform())
                    .set(TRIP_LEG_VIEW.DEEP_LINK, leg.deepLink())
                    .set(TRIP_LEG_VIEW.CITY, leg.city())
                    .execute();
        }
        changed(e.tripId());
    }

    @EventHandler
    void on(LegBookedEvent e, @SequenceNumber long sequence) {
        dsl.update(TRIP_LEG_VIEW)
                .set(TRIP_LEG_VIEW.BOOKED, true)
                .set(TRIP_LEG_VIEW.BOOKED_PLATFORM, e.platform())
                .set(TRIP_LEG_VIEW.BOOKING_REFERENCE, e.bookingReference())
                .set(TRIP_LEG_VIEW.COST_AMOUNT, e.cost().amount())
                .set(TRIP_LEG_VIEW.COST_CURRENCY, e.cost().currency())
                .set(TRIP_LEG_VIEW.BOOKING_SOURCE, e.source().name())
                .set(TRIP_LEG_VIEW.BOOKED_AT, utc(e.at()))
                .set(TRIP_LEG_VIEW.MARKETPLACE_BOOKING_ID,
                        DSL.coalesce(DSL.val(e.marketplaceBookingId()), TRIP_LEG_VIEW.MARKETPLACE_BOOKING_ID))
                .where(leg(e.tripId(), e.legIndex()))
                .execute();
        trip(e.tripId(), e.tripStatus(), e.at(), sequence);
    }

    @EventHandler
    void on(LegBookingCancelledEvent e, @SequenceNumber long sequence) {
        dsl.update(TRIP_LEG_VIEW)
                .set(TRIP_LEG_VIEW.BOOKED, false)
                .setNull(TRIP_LEG_VIEW.BOOKED_PLATFORM)
                .setNull(TRIP_LEG_VIEW.BOOKING_REFERENCE)
                .setNull(TRIP_LEG_VIEW.COST_AMOUNT)
                .setNull(TRIP_LEG_VIEW.COST_CURRENCY)
                .setNull(TRIP_LEG_VIEW.BOOKING_SOURCE)
                .setNull(TRIP_LEG_VIEW.BOOKED_AT)
                .set(TRIP_LEG_VIEW.REMINDER_SENT, false)
                .setNull(TRIP_LEG_VIEW.REMINDER_SENT_AT)
                .where(leg(e.tripId(), e.legIndex()))
                .execute();
        trip(e.tripId(), e.tripStatus(), e.at(), sequence);
    }

    @EventHandler
    void on(LegReminderSentEvent e, @SequenceNumber long sequence) {
        dsl.update(TRIP_LEG_VIEW)
                .set(TRIP_LEG_VIEW.REMINDER_SENT, true)
                .set(TRIP_LEG_VIEW.REMINDER_SENT_AT, utc(e.at()))
                .where(leg(e.tripId(), e.legIndex()))
                .execute();
        trip(e.tripId(), null, e.at(), sequence);
    }

    @EventHandler
    void on(BookingClickedEvent e, @SequenceNumber long sequence) {
        int inserted = dsl.insertInto(BOOKING_CLICK_VIEW)
                .columns(BOOKING_CLICK_VIEW.CLICK_ID, BOOKING_CLICK_VIEW.TRIP_ID, BOOKING_CLICK_VIEW.TRAVELER_ID,
                        BOOKING_CLICK_VIEW.LEG_INDEX, BOOKING_CLICK_VIEW.PLATFORM, BOOKING_CLICK_VIEW.AFFILIATE_URL,
                        BOOKING_CLICK_VIEW.CLICKED_AT)
                .select(DSL.select(DSL.val(e.clickId()), DSL.val(e.tripId()), DSL.val(e.travelerId()),
                                DSL.val(e.legIndex()), DSL.val(e.platform()), DSL.val(e.affiliateUrl()),
                                DSL.val(utc(e.at())))
                        .whereExists(DSL.selectOne().from(TRIP_VIEW).where(TRIP_VIEW.TRIP_ID.eq(e.tripId()))))
                .onConflict(BOOKING_CLICK_VIEW.CLICK_ID).doNothing()
                .execute();
        if (inserted > 0) {
            dsl.update(TRIP_LEG_VIEW)
                    .set(TRIP_LEG_VIEW.CLICKS, TRIP_LEG_VIEW.CLICKS.plus(1))
                    .set(TRIP_LEG_VIEW.LAST_CLICKED_AT, utc(e.at()))
                    .where(leg(e.tripId(), e.legIndex()))
                    .execute();
        }
        trip(e.tripId(), null, e.at(), sequence);
    }

    @EventHandler
    void on(ConversionMarkedEvent e, @SequenceNumber long sequence) {
        dsl.update(BOOKING_CLICK_VIEW)
                .set(BOOKING_CLICK_VIEW.CONVERTED_AT, utc(e.at()))
                .where(BOOKING_CLICK_VIEW.CLICK_ID.eq(e.clickId()))
                .execute();
        dsl.update(TRIP_LEG_VIEW)
                .set(TRIP_LEG_VIEW.CONVERTED_AT, utc(e.at()))
                .where(leg(e.tripId(), e.legIndex()))
                .execute();
        trip(e.tripId(), null, e.at(), sequence);
    }

    @EventHandler
    void on(MarketplaceBookingLinkedEvent e, @SequenceNumber long sequence) {
        dsl.update(TRIP_LEG_VIEW)
                .set(TRIP_LEG_VIEW.MARKETPLACE_BOOKING_ID, e.bookingId())
                .where(leg(e.tripId(), e.legIndex()))
                .execute();
        trip(e.tripId(), null, e.at(), sequence);
    }

    @EventHandler
    void on(TripStartedEvent e, @SequenceNumber long sequence) {
        dsl.update(TRIP_VIEW).set(TRIP_VIEW.STARTED_AT, utc(e.at())).where(TRIP_VIEW.TRIP_ID.eq(e.tripId())).execute();
        trip(e.tripId(), TripStatus.IN_PROGRESS, e.at(), sequence);
    }

    @EventHandler
    void on(TripCompletedEvent e, @SequenceNumber long sequence) {
        dsl.update(TRIP_VIEW).set(TRIP_VIEW.COMPLETED_AT, utc(e.arrival()))
                .where(TRIP_VIEW.TRIP_ID.eq(e.tripId())).execute();
        trip(e.tripId(), TripStatus.COMPLETED, e.at(), sequence);
    }

    @EventHandler
    void on(TripCancelledEvent e, @SequenceNumber long sequence) {
        dsl.update(TRIP_VIEW)
                .set(TRIP_VIEW.CANCELLED_AT, utc(e.at()))
                .set(TRIP_VIEW.CANCEL_REASON, e.reason())
                .where(TRIP_VIEW.TRIP_ID.eq(e.tripId())).execute();
        trip(e.tripId(), TripStatus.CANCELLED, e.at(), sequence);
    }

    @ResetHandler
    void reset() {
        dsl.deleteFrom(BOOKING_CLICK_VIEW).execute();
        dsl.deleteFrom(TRIP_LEG_VIEW).execute();
        dsl.deleteFrom(TRIP_VIEW).execute();
    }

    /** The trip's status (unless null), last change and version. */
    private void trip(String tripId, TripStatus status, Instant at, long sequence) {
        var update = dsl.update(TRIP_VIEW)
                .set(TRIP_VIEW.UPDATED_AT, utc(at))
                .set(TRIP_VIEW.VERSION, sequence);
        if (status != null) {
            update = update.set(TRIP_VIEW.STATUS, status.name());
        }
        update.where(TRIP_VIEW.TRIP_ID.eq(tripId)).execute();
        changed(tripId);
    }

    private static org.jooq.Condition leg(String tripId, int legIndex) {
        return TRIP_LEG_VIEW.TRIP_ID.eq(tripId).and(TRIP_LEG_VIEW.LEG_INDEX.eq(legIndex));
    }

    /** Wake the requests waiting for this trip after the commit, when what they will read is there. */
    private void changed(String tripId) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> watch.changed(tripId));
        } else {
            watch.changed(tripId);
        }
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
