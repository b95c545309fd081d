package com.tripavail.booking.query.booking;

import static com.tripavail.booking.jooq.Tables.BOOKING_VIEW;

import com.tripavail.booking.event.BookingStatus;
import com.tripavail.booking.event.CancellationPolicy;
import com.tripavail.booking.event.PriceBreakdown;
import com.tripavail.booking.jooq.tables.records.BookingViewRecord;
import com.tripavail.platform.axon.ReadModelChanges;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads of single bookings, and waiting for one to leave a transitional state. */
@Repository
public class BookingViews {

    private final DSLContext dsl;
    private final BookingStatusWatch watch;
    private final Clock clock;

    public BookingViews(DSLContext dsl, BookingStatusWatch watch, Clock clock) {
        this.dsl = dsl;
        this.watch = watch;
        this.clock = clock;
    }

    public Optional<BookingDetails> find(String bookingId) {
        return dsl.selectFrom(BOOKING_VIEW).where(BOOKING_VIEW.BOOKING_ID.eq(bookingId))
                .fetchOptional(BookingViews::details);
    }

    /** Who a booking belongs to, without its prices: enough to check a caller may act on it. */
    public Optional<BookingParties> parties(String bookingId) {
        return dsl.select(BOOKING_VIEW.BOOKING_ID, BOOKING_VIEW.TRAVELER_ID, BOOKING_VIEW.PROVIDER_ID)
                .from(BOOKING_VIEW).where(BOOKING_VIEW.BOOKING_ID.eq(bookingId))
                .fetchOptional(r -> new BookingParties(r.value1(), r.value2(), r.value3()));
    }

    /** The booking's price as it stands (the held prices once it is held). */
    public Optional<PriceBreakdown> price(String bookingId) {
        return dsl.select(BOOKING_VIEW.PRICE).from(BOOKING_VIEW).where(BOOKING_VIEW.BOOKING_ID.eq(bookingId))
                .fetchOptional(r -> BookingJson.read(r.value1(), PriceBreakdown.class));
    }

    /**
     * The booking once it is no longer in a transitional state (HOLD_PENDING, PAYMENT_PENDING), or
     * as it is when {@code atMost} has passed. Woken by the change itself, not by polling. It reads
     * the whole booking (prices parsed from JSON) only when it may be the answer: after a change, or
     * at the end; at the first look and at the periodic looks again, the status alone.
     */
    public Optional<BookingDetails> awaitSettled(String bookingId, Duration atMost) {
        Instant deadline = clock.instant().plus(atMost);
        boolean changed = false;
        while (true) {
            try (ReadModelChanges.Watch change = watch.watch(bookingId)) {
                Duration left = Duration.between(clock.instant(), deadline);
                boolean timeUp = left.isNegative() || left.isZero();
                if (changed || timeUp) {
                    Optional<BookingDetails> booking = find(bookingId);
                    if (booking.isEmpty() || !booking.get().status().isTransitional() || timeUp) {
                        return booking;
                    }
                } else {
                    Optional<BookingStatus> status = status(bookingId);
                    if (status.isEmpty() || !status.get().isTransitional()) {
                        return find(bookingId);
                    }
                }
                changed = change.await(left);
            }
        }
    }

    private Optional<BookingStatus> status(String bookingId) {
        return dsl.select(BOOKING_VIEW.STATUS).from(BOOKING_VIEW).where(BOOKING_VIEW.BOOKING_ID.eq(bookingId))
                .fetchOptional(r -> BookingStatus.valueOf(r.value1()));
    }

    private static BookingDetails details(BookingViewRecord r) {
        return new BookingDetails(r.getBookingId(), r.getTravelerId(), r.getProviderId(),
                BookingStatus.valueOf(r.getStatus()), r.getProductType(), r.getProductId(), r.getDepartureId(),
                r.getListingId(), r.getProductName(), r.getCity(), r.getStartDate(), r.getEndDate(),
                r.getTimeZone(), r.getUnits(), r.getGuests(), r.getHoldId(), instant(r.getHoldExpiresAt()),
                r.getPaymentId(), BookingJson.read(r.getPrice(), PriceBreakdown.class), r.getPriceFixed(),
                BookingJson.read(r.getCancellationPolicy(), CancellationPolicy.class), r.getOutcomeReason(),
                r.getOutcomeDetail(), r.getRefundAmount(), instant(r.getCreatedAt()), instant(r.getUpdatedAt()));
    }

    private static Instant instant(java.time.OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
