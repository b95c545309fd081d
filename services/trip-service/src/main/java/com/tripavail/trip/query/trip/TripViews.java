package com.tripavail.trip.query.trip;

import static com.tripavail.trip.jooq.Tables.TRIP_ARCHIVE;
import static com.tripavail.trip.jooq.Tables.TRIP_LEG_VIEW;
import static com.tripavail.trip.jooq.Tables.TRIP_VIEW;

import com.tripavail.contracts.Money;
import com.tripavail.platform.axon.ReadModelChanges;
import com.tripavail.trip.event.TripStatus;
import com.tripavail.trip.jooq.tables.records.TripLegViewRecord;
import com.tripavail.trip.jooq.tables.records.TripViewRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads of the trip view (and of archived trips), and waiting for the view to show a change. */
@Repository
public class TripViews {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WALK = "WALK";

    private final DSLContext dsl;
    private final TripChangeWatch watch;
    private final Clock clock;

    public TripViews(DSLContext dsl, TripChangeWatch watch, Clock clock) {
        this.dsl = dsl;
        this.watch = watch;
        this.clock = clock;
    }

    /** The trip as the view shows it now, or as it was archived. */
    public Optional<TripDetails> find(String tripId) {
        Optional<TripDetails> current = dsl.selectFrom(TRIP_VIEW).where(TRIP_VIEW.TRIP_ID.eq(tripId))
                .fetchOptional().map(this::details);
        if (current.isPresent()) {
            return current;
        }
        return dsl.select(TRIP_ARCHIVE.DETAIL).from(TRIP_ARCHIVE).where(TRIP_ARCHIVE.TRIP_ID.eq(tripId))
                .fetchOptional(TRIP_ARCHIVE.DETAIL)
                .map(json -> JSON.readValue(json.data(), TripDetails.class).asArchived());
    }

    /**
     * The trip once the view shows {@code version} (the sequence number a command returned), or as it is when
     * {@code atMost} has passed. Woken by the projection, not by polling blind.
     */
    public Optional<TripDetails> awaitVersion(String tripId, long version, Duration atMost) {
        Instant deadline = clock.instant().plus(atMost);
        while (true) {
            try (ReadModelChanges.Watch change = watch.watch(tripId)) {
                Optional<Long> shown = dsl.select(TRIP_VIEW.VERSION).from(TRIP_VIEW)
                        .where(TRIP_VIEW.TRIP_ID.eq(tripId)).fetchOptional(TRIP_VIEW.VERSION);
                Duration left = Duration.between(clock.instant(), deadline);
                if (shown.filter(v -> v >= version).isPresent() || !left.isPositive()) {
                    return find(tripId);
                }
                change.await(left);
            }
        }
    }

    /** The traveller's trips (not archived), the next departure first, then the rest newest first. */
    public List<TripSummary> listOf(String travelerId) {
        Field<Integer> legs = DSL.selectCount().from(TRIP_LEG_VIEW)
                .where(TRIP_LEG_VIEW.TRIP_ID.eq(TRIP_VIEW.TRIP_ID)).asField("legs");
        Field<Integer> bookable = DSL.selectCount().from(TRIP_LEG_VIEW)
                .where(TRIP_LEG_VIEW.TRIP_ID.eq(TRIP_VIEW.TRIP_ID).and(TRIP_LEG_VIEW.KIND.ne(WALK)))
                .asField("bookable");
        Field<Integer> booked = DSL.selectCount().from(TRIP_LEG_VIEW)
                .where(TRIP_LEG_VIEW.TRIP_ID.eq(TRIP_VIEW.TRIP_ID).and(TRIP_LEG_VIEW.KIND.ne(WALK))
                        .and(TRIP_LEG_VIEW.BOOKED))
                .asField("booked");
        return dsl.select(TRIP_VIEW.asterisk(), legs, bookable, booked)
                .from(TRIP_VIEW)
                .where(TRIP_VIEW.TRAVELER_ID.eq(travelerId))
                .orderBy(TRIP_VIEW.DEPARTURE.desc(), TRIP_VIEW.TRIP_ID)
                .fetch(r -> {
                    TripViewRecord trip = r.into(TRIP_VIEW);
                    return new TripSummary(trip.getTripId(), trip.getName(), TripStatus.valueOf(trip.getStatus()),
                            trip.getOriginName(), trip.getDestinationName(), instant(trip.getDeparture()),
                            instant(trip.getArrival()), money(trip.getTotalAmount(), trip.getTotalCurrency()),
                            r.get(legs), r.get(bookable), r.get(booked), instant(trip.getUpdatedAt()));
                });
    }

    private TripDetails details(TripViewRecord trip) {
        List<TripDetails.LegDetails> legs = dsl.selectFrom(TRIP_LEG_VIEW)
                .where(TRIP_LEG_VIEW.TRIP_ID.eq(trip.getTripId()))
                .orderBy(TRIP_LEG_VIEW.LEG_INDEX)
                .fetch(TripViews::leg);
        int bookable = (int) legs.stream().filter(leg -> !WALK.equals(leg.kind())).count();
        int booked = (int) legs.stream().filter(leg -> !WALK.equals(leg.kind()) && leg.booking() != null).count();
        return new TripDetails(trip.getTripId(), trip.getTravelerId(), trip.getName(),
                TripStatus.valueOf(trip.getStatus()), trip.getSearchId(), trip.getRouteIndex(), trip.getPreference(),
                trip.getPassengers(), trip.getOriginName(), trip.getDestinationName(), instant(trip.getDeparture()),
                instant(trip.getArrival()), trip.getDurationMinutes(),
                money(trip.getTotalAmount(), trip.getTotalCurrency()), trip.getTransfers(), bookable, booked,
                instant(trip.getCreatedAt()), instant(trip.getUpdatedAt()), instant(trip.getStartedAt()),
                instant(trip.getCompletedAt()), instant(trip.getCancelledAt()), trip.getCancelReason(), false,
                trip.getVersion(), legs);
    }

    private static TripDetails.LegDetails leg(TripLegViewRecord r) {
        TripDetails.LegBooking booking = Boolean.TRUE.equals(r.getBooked())
                ? new TripDetails.LegBooking(r.getBookedPlatform(), r.getBookingReference(),
                        money(r.getCostAmount(), r.getCostCurrency()), r.getBookingSource(), instant(r.getBookedAt()))
                : null;
        return new TripDetails.LegDetails(r.getLegIndex(), r.getKind(), r.getMode(), r.getOperator(),
                r.getRouteName(), r.getFromStopId(), r.getFromName(), r.getToStopId(), r.getToName(),
                instant(r.getDeparture()), instant(r.getArrival()), r.getDurationMinutes(),
                money(r.getPriceAmount(), r.getPriceCurrency()), r.getBookingPlatform(), r.getDeepLink(), r.getCity(),
                booking, r.getMarketplaceBookingId(), Boolean.TRUE.equals(r.getReminderSent()),
                instant(r.getReminderSentAt()), r.getClicks(), instant(r.getLastClickedAt()),
                instant(r.getConvertedAt()));
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount.stripTrailingZeros().scale() < 0
                ? amount.setScale(0) : amount.stripTrailingZeros(), currency);
    }

    static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
