package com.tripavail.trip.integration.booking;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.booking.BookingCancelled;
import com.tripavail.contracts.booking.BookingConfirmed;
import com.tripavail.trip.command.RecordMarketplaceBookingCancelledCommand;
import com.tripavail.trip.command.RecordMarketplaceBookingConfirmedCommand;
import com.tripavail.trip.command.TripOutcome;
import com.tripavail.platform.kafka.IntegrationEventConsumer;
import com.tripavail.platform.kafka.OutsideInboxTransaction;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The booking service's confirmations and cancellations ({@code tripavail.booking.events}), for the trip legs
 * travellers linked marketplace bookings to. Every confirmation is remembered (it may come before the link);
 * when the booking is linked, the trip is told: its leg is booked (platform TripAvail, reference = the booking
 * id, cost = the booking's total), or no longer booked when the booking is cancelled. The trip refuses a
 * booking made by another traveller.
 *
 * <p>The command runs outside the transaction that records the message's eventId, as booking's
 * {@code HoldAnswers} does, so that the trip's lock lasts until its event is committed; a redelivered
 * message meets the trip's own idempotency (the same booking changes nothing twice).
 */
@Component
public class MarketplaceBookingEvents implements IntegrationEventConsumer {

    private static final Set<String> ACCEPTED = Set.of("booking.BookingConfirmed", "booking.BookingCancelled");

    private static final Logger log = LoggerFactory.getLogger(MarketplaceBookingEvents.class);

    private final MarketplaceBookings bookings;
    private final CommandGateway commands;
    private final Clock clock;
    private final OutsideInboxTransaction outsideInbox;

    public MarketplaceBookingEvents(MarketplaceBookings bookings, CommandGateway commands, Clock clock,
                                    OutsideInboxTransaction outsideInbox) {
        this.bookings = bookings;
        this.commands = commands;
        this.clock = clock;
        this.outsideInbox = outsideInbox;
    }

    @Override
    public String name() {
        return "marketplace-bookings";
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.BOOKING_EVENTS);
    }

    @Override
    public boolean accepts(String type) {
        return ACCEPTED.contains(type);
    }

    @Override
    public void handle(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "booking.BookingConfirmed" -> {
                BookingConfirmed confirmed = ContractJson.payload(envelope, BookingConfirmed.class);
                MarketplaceBooking booking = bookings.confirmed(confirmed.bookingId(), confirmed.travelerId(),
                        confirmed.total(), confirmed.at());
                if (booking.linked() && booking.confirmed()) {
                    report(booking, outsideInbox.run(() -> commands.sendAndWait(new RecordMarketplaceBookingConfirmedCommand(
                            booking.tripId(), booking.legIndex(), booking.bookingId(), booking.travelerId(),
                            booking.total(), clock.instant()))));
                }
            }
            case "booking.BookingCancelled" -> {
                BookingCancelled cancelled = ContractJson.payload(envelope, BookingCancelled.class);
                MarketplaceBooking booking = bookings.cancelled(cancelled.bookingId(), cancelled.travelerId(),
                        cancelled.at());
                if (booking.linked()) {
                    report(booking, outsideInbox.run(() -> commands.sendAndWait(new RecordMarketplaceBookingCancelledCommand(
                            booking.tripId(), booking.legIndex(), booking.bookingId(), clock.instant()))));
                }
            }
            default -> {
                // holds, payments, expiries and refunds do not change a trip leg
            }
        }
    }

    private static void report(MarketplaceBooking booking, TripOutcome outcome) {
        if (outcome instanceof TripOutcome.Refused refused) {
            log.warn("marketplace booking {} ({}) not applied to trip {} leg {}: {}", booking.bookingId(),
                    booking.status(), booking.tripId(), booking.legIndex(), refused.detail());
        }
    }
}
