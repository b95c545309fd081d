package com.tripavail.inventory.integration.booking;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.booking.HoldConfirmed;
import com.tripavail.contracts.booking.HoldReleaseRequested;
import com.tripavail.contracts.booking.HoldRequested;
import com.tripavail.inventory.command.hold.HoldDesk;
import com.tripavail.inventory.command.hold.HoldOutcome;
import com.tripavail.inventory.command.hold.HoldRequest;
import com.tripavail.platform.kafka.IntegrationEventConsumer;
import com.tripavail.platform.kafka.OutsideInboxTransaction;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Booking's hold requests, releases and confirmations from {@code tripavail.booking.events}.
 *
 * <p>The platform calls {@link #handle} inside the transaction that records the message's
 * eventId. The command runs outside it, in its own transaction: the calendar's lock must be
 * held until the hold's event is committed, and it is released when the command's unit of
 * work ends — which, inside a surrounding transaction, would come before that transaction's
 * commit. Should the eventId's transaction then fail, the redelivered message meets the
 * aggregate's own idempotency by holdId and changes nothing twice.
 */
@Component
public class BookingHoldRequests implements IntegrationEventConsumer {

    private static final Set<String> ACCEPTED = Set.of("booking.HoldRequested", "booking.HoldReleaseRequested", "booking.HoldConfirmed");

    private static final Logger log = LoggerFactory.getLogger(BookingHoldRequests.class);

    private final HoldDesk desk;
    private final OutsideInboxTransaction outsideInbox;

    public BookingHoldRequests(HoldDesk desk, OutsideInboxTransaction outsideInbox) {
        this.desk = desk;
        this.outsideInbox = outsideInbox;
    }

    @Override
    public String name() {
        return "booking-holds";
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
            case "booking.HoldRequested" -> {
                HoldRequested request = ContractJson.payload(envelope, HoldRequested.class);
                HoldOutcome outcome = outsideInbox.run(() -> desk.hold(new HoldRequest(request.holdId(), request.bookingId(),
                        request.productType(), request.productId(), request.departureId(), request.checkIn(),
                        request.checkOut(), request.units(), request.guests())));
                log.debug("hold {} for booking {}: {}", request.holdId(), request.bookingId(), outcome);
            }
            case "booking.HoldReleaseRequested" -> {
                HoldReleaseRequested release = ContractJson.payload(envelope, HoldReleaseRequested.class);
                HoldOutcome outcome = outsideInbox.run(() -> desk.release(release.holdId(), release.reason()));
                if (outcome instanceof HoldOutcome.UnknownHold) {
                    log.warn("release of unknown hold {} (booking {}) ignored", release.holdId(), release.bookingId());
                }
            }
            case "booking.HoldConfirmed" -> {
                HoldConfirmed confirmed = ContractJson.payload(envelope, HoldConfirmed.class);
                HoldOutcome outcome = outsideInbox.run(() -> desk.confirm(confirmed.holdId()));
                if (outcome instanceof HoldOutcome.UnknownHold || outcome instanceof HoldOutcome.Refused) {
                    log.warn("confirmation of hold {} (booking {}) not applied: {}", confirmed.holdId(),
                            confirmed.bookingId(), outcome);
                }
            }
            default -> {
                // other booking events are not for inventory
            }
        }
    }
}
