package com.tripavail.trip.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tripavail.contracts.Money;
import com.tripavail.trip.event.BookingClickedEvent;
import com.tripavail.trip.event.BookingSource;
import com.tripavail.trip.event.ConversionMarkedEvent;
import com.tripavail.trip.event.LegBookedEvent;
import com.tripavail.trip.event.LegBookingCancelledEvent;
import com.tripavail.trip.event.LegReminderSentEvent;
import com.tripavail.trip.event.LegSnapshot;
import com.tripavail.trip.event.MarketplaceBookingLinkedEvent;
import com.tripavail.trip.event.TripCancelledEvent;
import com.tripavail.trip.event.TripCompletedEvent;
import com.tripavail.trip.event.TripPlannedEvent;
import com.tripavail.trip.event.TripStartedEvent;
import com.tripavail.trip.event.TripStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One traveller's trip (id = tripId): a route of a search result, kept as it was offered, and what became
 * of its legs — booked where, reminded, booking links followed, conversions, marketplace stays.
 *
 * <p>Status: PLANNED → PARTIALLY_BOOKED → FULLY_BOOKED by the booked legs (walks are not booked and do not
 * count), IN_PROGRESS when the first departure is due, COMPLETED when the last arrival is (both sent by
 * {@code TripSaga}'s persistent deadlines), CANCELLED by the traveller before completion. A trip under way
 * keeps IN_PROGRESS whatever is booked.
 *
 * <p>Every handler returns a {@link TripOutcome}. A command that does not fit is refused and applies
 * nothing; a repeat of one that already took effect is accepted and applies nothing, so deadlines and
 * redelivered messages are harmless.
 */
@Aggregate
public class Trip {

    /** The platform of legs booked through the booking service. */
    public static final String MARKETPLACE_PLATFORM = "TripAvail";
    static final String WALK = "WALK";
    static final String STAY = "STAY";

    @AggregateIdentifier
    private String tripId;
    private String travelerId;
    private TripStatus status;
    private List<LegSnapshot> legs = new ArrayList<>();
    private int passengers;
    private Instant firstDeparture;
    private Instant lastArrival;
    private Map<Integer, LegBooking> bookings = new HashMap<>();
    private Set<Integer> remindedLegs = new HashSet<>();
    /** clickId → leg index. */
    private Map<String, Integer> clicks = new HashMap<>();
    /** The latest click of each leg. */
    private Map<Integer, String> latestClicks = new HashMap<>();
    private Set<String> convertedClicks = new HashSet<>();
    /** leg index → the marketplace booking linked to it. */
    private Map<Integer, String> marketplaceLinks = new HashMap<>();

    /** What a booked leg was booked as: a repeat of the same mark changes nothing. */
    record LegBooking(String platform, String bookingReference, Money cost, BookingSource source,
                      String marketplaceBookingId) {

        boolean sameAs(String otherPlatform, String otherReference, Money otherCost) {
            return platform.equals(otherPlatform) && Objects.equals(bookingReference, otherReference)
                    && cost.sameAs(otherCost);
        }
    }

    protected Trip() {
        // for Axon
    }

    @CommandHandler
    public Trip(PlanTripCommand command) {
        if (command.route() == null || command.route().legs() == null || command.route().legs().isEmpty()) {
            throw new IllegalArgumentException("a trip needs a route with legs");
        }
        apply(new TripPlannedEvent(command.tripId(), command.travelerId(), command.name(), command.route(),
                command.at()));
    }

    @CommandHandler
    public TripOutcome handle(MarkLegBookedCommand command) {
        TripOutcome refused = refuseUnlessOwnActiveLeg(command.requesterId(), command.legIndex(), "book a leg of");
        if (refused != null) {
            return refused;
        }
        LegSnapshot leg = legs.get(command.legIndex());
        if (WALK.equals(leg.kind())) {
            return invalid("leg " + command.legIndex() + " is a walk: walks are not booked");
        }
        return book(command.legIndex(), command.platform(), command.bookingReference(), command.cost(),
                BookingSource.MANUAL, null, command.at());
    }

    @CommandHandler
    public TripOutcome handle(UnmarkLegBookedCommand command) {
        TripOutcome refused = refuseUnlessOwnActiveLeg(command.requesterId(), command.legIndex(), "unbook a leg of");
        if (refused != null) {
            return refused;
        }
        if (!bookings.containsKey(command.legIndex())) {
            return accepted();
        }
        apply(new LegBookingCancelledEvent(tripId, command.legIndex(), "unmarked by the traveller",
                statusWithout(command.legIndex()), command.at()));
        return accepted();
    }

    @CommandHandler
    public TripOutcome handle(StartTripCommand command) {
        if (status == TripStatus.IN_PROGRESS || !status.isActive()) {
            return status == TripStatus.IN_PROGRESS ? accepted() : wrongState("start");
        }
        if (command.at().isBefore(firstDeparture)) {
            return refused(TripRefusal.WRONG_STATE, "the trip starts at " + firstDeparture + ", not " + command.at());
        }
        apply(new TripStartedEvent(tripId, command.at()));
        return accepted();
    }

    /** Completes an active trip once its last arrival is due, started or not (a start may come late). */
    @CommandHandler
    public TripOutcome handle(CompleteTripCommand command) {
        if (status == TripStatus.COMPLETED) {
            return accepted();
        }
        if (!status.isActive()) {
            return wrongState("complete");
        }
        if (command.at().isBefore(lastArrival)) {
            return refused(TripRefusal.WRONG_STATE, "the trip ends at " + lastArrival + ", not " + command.at());
        }
        apply(new TripCompletedEvent(tripId, travelerId, firstDeparture, lastArrival, bookedLegCount(),
                bookableLegCount(), command.at()));
        return accepted();
    }

    @CommandHandler
    public TripOutcome handle(CancelTripCommand command) {
        if (!travelerId.equals(command.requesterId())) {
            return notYours();
        }
        if (status == TripStatus.CANCELLED) {
            return accepted();
        }
        if (!status.isActive()) {
            return wrongState("cancel");
        }
        apply(new TripCancelledEvent(tripId, travelerId, status, command.reason(), command.at()));
        return accepted();
    }

    @CommandHandler
    public TripOutcome handle(RecordReminderSentCommand command) {
        if (!hasLeg(command.legIndex())) {
            return noSuchLeg(command.legIndex());
        }
        if (remindedLegs.contains(command.legIndex())) {
            return accepted();
        }
        if (!status.isActive()) {
            return wrongState("remind of a leg of");
        }
        if (!bookings.containsKey(command.legIndex())) {
            return refused(TripRefusal.WRONG_STATE, "leg " + command.legIndex() + " is not booked: no reminder");
        }
        apply(new LegReminderSentEvent(tripId, command.legIndex(), command.at()));
        return accepted();
    }

    @CommandHandler
    public TripOutcome handle(RecordBookingClickCommand command) {
        if (clicks.containsKey(command.clickId())) {
            return accepted();
        }
        TripOutcome refused = refuseUnlessOwnActiveLeg(command.requesterId(), command.legIndex(),
                "follow a booking link of");
        if (refused != null) {
            return refused;
        }
        LegSnapshot leg = legs.get(command.legIndex());
        if (leg.deepLink() == null || leg.deepLink().isBlank() || WALK.equals(leg.kind())) {
            return invalid("leg " + command.legIndex() + " has no booking link");
        }
        apply(new BookingClickedEvent(tripId, travelerId, command.clickId(), command.legIndex(), leg.mode(),
                leg.operator(), leg.bookingPlatform(), command.affiliateUrl(), command.at()));
        return accepted();
    }

    @CommandHandler
    public TripOutcome handle(MarkConversionCommand command) {
        TripOutcome refused = refuseUnlessOwnActiveLeg(command.requesterId(), command.legIndex(),
                "mark a conversion on");
        if (refused != null) {
            return refused;
        }
        String clickId = command.clickId() != null ? command.clickId() : latestClicks.get(command.legIndex());
        if (clickId == null) {
            return refused(TripRefusal.WRONG_STATE, "no booking link of leg " + command.legIndex()
                    + " was followed: nothing to convert");
        }
        if (!Objects.equals(clicks.get(clickId), command.legIndex())) {
            return invalid("click " + clickId + " is not a booking link of leg " + command.legIndex());
        }
        LegSnapshot leg = legs.get(command.legIndex());
        if (!convertedClicks.contains(clickId)) {
            apply(new ConversionMarkedEvent(tripId, travelerId, clickId, command.legIndex(), leg.bookingPlatform(),
                    command.cost(), command.at()));
        }
        if (command.bookingReference() == null) {
            return accepted();
        }
        Money cost = command.cost() != null ? command.cost() : leg.pricePerPassenger().times(passengers);
        return book(command.legIndex(), leg.bookingPlatform(), command.bookingReference(), cost,
                BookingSource.CONVERSION, null, command.at());
    }

    @CommandHandler
    public TripOutcome handle(LinkMarketplaceBookingCommand command) {
        TripOutcome refused = refuseUnlessOwnActiveLeg(command.requesterId(), command.legIndex(),
                "link a booking to a leg of");
        if (refused != null) {
            return refused;
        }
        if (!STAY.equals(legs.get(command.legIndex()).kind())) {
            return invalid("leg " + command.legIndex() + " is not a stay: only stays are booked on the marketplace");
        }
        String linked = marketplaceLinks.get(command.legIndex());
        if (linked != null && !linked.equals(command.bookingId())) {
            return refused(TripRefusal.WRONG_STATE, "leg " + command.legIndex() + " is linked to booking " + linked);
        }
        if (linked == null) {
            apply(new MarketplaceBookingLinkedEvent(tripId, command.legIndex(), command.bookingId(), command.at()));
        }
        if (command.confirmedTotal() == null) {
            return accepted();
        }
        return book(command.legIndex(), MARKETPLACE_PLATFORM, command.bookingId(), command.confirmedTotal(),
                BookingSource.MARKETPLACE, command.bookingId(), command.at());
    }

    @CommandHandler
    public TripOutcome handle(RecordMarketplaceBookingConfirmedCommand command) {
        if (!hasLeg(command.legIndex())) {
            return noSuchLeg(command.legIndex());
        }
        if (!command.bookingId().equals(marketplaceLinks.get(command.legIndex()))) {
            return invalid("booking " + command.bookingId() + " is not linked to leg " + command.legIndex());
        }
        if (!travelerId.equals(command.travelerId())) {
            return invalid("booking " + command.bookingId() + " was made by another traveller");
        }
        if (!status.isActive()) {
            return wrongState("book a leg of");
        }
        return book(command.legIndex(), MARKETPLACE_PLATFORM, command.bookingId(), command.total(),
                BookingSource.MARKETPLACE, command.bookingId(), command.at());
    }

    @CommandHandler
    public TripOutcome handle(RecordMarketplaceBookingCancelledCommand command) {
        if (!hasLeg(command.legIndex())) {
            return noSuchLeg(command.legIndex());
        }
        LegBooking booking = bookings.get(command.legIndex());
        if (booking == null || !command.bookingId().equals(booking.marketplaceBookingId())) {
            return accepted(); // the leg is not booked by it (any more): nothing to undo
        }
        if (!status.isActive()) {
            return wrongState("unbook a leg of");
        }
        apply(new LegBookingCancelledEvent(tripId, command.legIndex(),
                "marketplace booking " + command.bookingId() + " was cancelled", statusWithout(command.legIndex()),
                command.at()));
        return accepted();
    }

    // ---- state ---------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(TripPlannedEvent event) {
        tripId = event.tripId();
        travelerId = event.travelerId();
        legs = List.copyOf(event.route().legs());
        passengers = event.route().passengers();
        firstDeparture = legs.getFirst().departure();
        lastArrival = legs.getLast().arrival();
        status = TripStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(LegBookedEvent event) {
        bookings.put(event.legIndex(), new LegBooking(event.platform(), event.bookingReference(), event.cost(),
                event.source(), event.marketplaceBookingId()));
        status = event.tripStatus();
    }

    @EventSourcingHandler
    void on(LegBookingCancelledEvent event) {
        bookings.remove(event.legIndex());
        remindedLegs.remove(event.legIndex());
        status = event.tripStatus();
    }

    @EventSourcingHandler
    void on(LegReminderSentEvent event) {
        remindedLegs.add(event.legIndex());
    }

    @EventSourcingHandler
    void on(BookingClickedEvent event) {
        clicks.put(event.clickId(), event.legIndex());
        latestClicks.put(event.legIndex(), event.clickId());
    }

    @EventSourcingHandler
    void on(ConversionMarkedEvent event) {
        convertedClicks.add(event.clickId());
    }

    @EventSourcingHandler
    void on(MarketplaceBookingLinkedEvent event) {
        marketplaceLinks.put(event.legIndex(), event.bookingId());
    }

    @EventSourcingHandler
    void on(TripStartedEvent event) {
        status = TripStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(TripCompletedEvent event) {
        status = TripStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(TripCancelledEvent event) {
        status = TripStatus.CANCELLED;
    }

    // ---- rules -----------------------------------------------------------------------------------

    private TripOutcome book(int legIndex, String platform, String reference, Money cost, BookingSource source,
                             String marketplaceBookingId, Instant at) {
        if (platform == null || platform.isBlank()) {
            return invalid("leg " + legIndex + " needs the platform it was booked on");
        }
        if (cost == null || cost.isNegative()) {
            return invalid("the cost of leg " + legIndex + " must be an amount of zero or more");
        }
        LegBooking current = bookings.get(legIndex);
        if (current != null && current.sameAs(platform, reference, cost)) {
            return accepted();
        }
        LegSnapshot leg = legs.get(legIndex);
        apply(new LegBookedEvent(tripId, travelerId, legIndex, leg.kind(), leg.mode(), platform, reference, cost,
                source, marketplaceBookingId, current != null, statusWith(legIndex), at));
        return accepted();
    }

    /** The status once leg {@code legIndex} is booked: the booked legs decide it until the trip is under way. */
    private TripStatus statusWith(int legIndex) {
        Set<Integer> booked = new HashSet<>(bookings.keySet());
        booked.add(legIndex);
        return statusOf(booked);
    }

    private TripStatus statusWithout(int legIndex) {
        Set<Integer> booked = new HashSet<>(bookings.keySet());
        booked.remove(legIndex);
        return statusOf(booked);
    }

    private TripStatus statusOf(Set<Integer> booked) {
        if (status == TripStatus.IN_PROGRESS) {
            return status;
        }
        long bookedCount = booked.stream().filter(this::bookable).count();
        if (bookedCount == 0) {
            return TripStatus.PLANNED;
        }
        return bookedCount == bookableLegCount() ? TripStatus.FULLY_BOOKED : TripStatus.PARTIALLY_BOOKED;
    }

    private boolean bookable(int legIndex) {
        return !WALK.equals(legs.get(legIndex).kind());
    }

    private int bookableLegCount() {
        return (int) legs.stream().filter(leg -> !WALK.equals(leg.kind())).count();
    }

    private int bookedLegCount() {
        return (int) bookings.keySet().stream().filter(this::bookable).count();
    }

    private boolean hasLeg(int legIndex) {
        return legIndex >= 0 && legIndex < legs.size();
    }

    /** The checks most traveller commands share: their own trip, an existing leg, a trip not over. */
    private TripOutcome refuseUnlessOwnActiveLeg(String requesterId, int legIndex, String what) {
        if (!travelerId.equals(requesterId)) {
            return notYours();
        }
        if (!hasLeg(legIndex)) {
            return noSuchLeg(legIndex);
        }
        if (!status.isActive()) {
            return wrongState(what);
        }
        return null;
    }

    private TripOutcome accepted() {
        return new TripOutcome.Accepted(status, AggregateLifecycle.getVersion());
    }

    private TripOutcome notYours() {
        return refused(TripRefusal.NOT_YOURS, "no trip " + tripId);
    }

    private TripOutcome noSuchLeg(int legIndex) {
        return refused(TripRefusal.NO_SUCH_LEG, "trip " + tripId + " has no leg " + legIndex
                + " (its legs are 0 to " + (legs.size() - 1) + ")");
    }

    private TripOutcome wrongState(String what) {
        return refused(TripRefusal.WRONG_STATE, "cannot " + what + " the trip: it is " + status);
    }

    private TripOutcome invalid(String detail) {
        return refused(TripRefusal.INVALID, detail);
    }

    private TripOutcome refused(TripRefusal reason, String detail) {
        return new TripOutcome.Refused(reason, detail, status);
    }
}
