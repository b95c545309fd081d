package com.tripavail.inventory.command.hold;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.event.DepartureSaleabilityChangedEvent;
import com.tripavail.inventory.event.DepartureSeatsCreatedEvent;
import com.tripavail.inventory.event.HoldRejection;
import com.tripavail.inventory.event.HoldStatus;
import com.tripavail.inventory.event.NightPrice;
import com.tripavail.inventory.event.SeatHoldConfirmedEvent;
import com.tripavail.inventory.event.SeatHoldRejectedEvent;
import com.tripavail.inventory.event.SeatHoldReleasedEvent;
import com.tripavail.inventory.event.SeatsHeldEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The seats of one tour departure (id = the departure's id) and every hold on them: a hold
 * takes all its seats or none, never more than are free; saleable while the tour package is
 * PUBLISHED. Holds are remembered by holdId, so hold, release and confirm are idempotent.
 */
@Aggregate(cache = "holdAggregateCache", snapshotTriggerDefinition = "departureSeatsSnapshotTrigger")
public class DepartureSeats {

    @AggregateIdentifier
    private String departureId;
    private String packageId;
    private String providerId;
    private LocalDate departureDate;
    private int seats;
    private int held;
    private int sold;
    private Money pricePerSeat;
    private boolean saleable;
    private Map<String, SeatHold> holds = new HashMap<>();

    record SeatHold(String bookingId, int seats, HoldStatus status) {
    }

    protected DepartureSeats() {
        // for Axon
    }

    @CommandHandler
    public DepartureSeats(CreateDepartureSeatsCommand command) {
        apply(new DepartureSeatsCreatedEvent(command.departureId(), command.packageId(), command.providerId(),
                command.departureDate(), command.seats(), command.pricePerSeat(), command.saleable(), command.at()));
    }

    @CommandHandler
    public void handle(ChangeDepartureSaleabilityCommand command) {
        if (command.saleable() != saleable) {
            apply(new DepartureSaleabilityChangedEvent(departureId, command.saleable(), command.at()));
        }
    }

    @CommandHandler
    public HoldOutcome handle(HoldSeatsCommand command) {
        SeatHold existing = holds.get(command.holdId());
        if (existing != null) {
            return new HoldOutcome.Unchanged(existing.status());
        }
        if (command.seats() < 1 || command.guests() < 1) {
            return reject(command, HoldRejection.INVALID_REQUEST, "seats and guests must be at least 1");
        }
        if (command.guests() > command.seats()) {
            return reject(command, HoldRejection.INVALID_REQUEST,
                    command.guests() + " guests need " + command.guests() + " seats, " + command.seats() + " asked");
        }
        if (!saleable) {
            return reject(command, HoldRejection.NOT_PUBLISHED, "the tour package is not on sale");
        }
        int free = seats - held - sold;
        if (free < command.seats()) {
            return reject(command, HoldRejection.SOLD_OUT,
                    "departure " + departureDate + " has " + Math.max(0, free) + " seats free, " + command.seats() + " asked");
        }
        Money total = pricePerSeat.times(command.seats());
        apply(new SeatsHeldEvent(departureId, command.holdId(), command.bookingId(), packageId, providerId,
                departureDate, command.seats(), command.guests(), pricePerSeat, total, command.at()));
        return new HoldOutcome.Held(departureId, List.of(new NightPrice(departureDate, pricePerSeat)), total);
    }

    @CommandHandler
    public HoldOutcome handle(ReleaseSeatHoldCommand command) {
        SeatHold hold = holds.get(command.holdId());
        if (hold == null) {
            return new HoldOutcome.UnknownHold();
        }
        if (hold.status() != HoldStatus.HELD && hold.status() != HoldStatus.SOLD) {
            return new HoldOutcome.Unchanged(hold.status());
        }
        apply(new SeatHoldReleasedEvent(departureId, command.holdId(), hold.bookingId(), hold.seats(),
                hold.status() == HoldStatus.SOLD, command.reason(), command.at()));
        return new HoldOutcome.Released();
    }

    @CommandHandler
    public HoldOutcome handle(ConfirmSeatHoldCommand command) {
        SeatHold hold = holds.get(command.holdId());
        if (hold == null) {
            return new HoldOutcome.UnknownHold();
        }
        return switch (hold.status()) {
            case HELD -> {
                apply(new SeatHoldConfirmedEvent(departureId, command.holdId(), hold.bookingId(), hold.seats(),
                        command.at()));
                yield new HoldOutcome.Confirmed();
            }
            case SOLD -> new HoldOutcome.Unchanged(HoldStatus.SOLD);
            case RELEASED, REJECTED -> new HoldOutcome.Refused(hold.status(),
                    "hold " + command.holdId() + " is " + hold.status() + " and cannot be confirmed");
        };
    }

    private HoldOutcome reject(HoldSeatsCommand command, HoldRejection reason, String detail) {
        apply(new SeatHoldRejectedEvent(departureId, command.holdId(), command.bookingId(), packageId, reason, detail,
                command.at()));
        return new HoldOutcome.Rejected(reason, detail);
    }

    @EventSourcingHandler
    void on(DepartureSeatsCreatedEvent event) {
        departureId = event.departureId();
        packageId = event.packageId();
        providerId = event.providerId();
        departureDate = event.departureDate();
        seats = event.seats();
        pricePerSeat = event.pricePerSeat();
        saleable = event.saleable();
    }

    @EventSourcingHandler
    void on(DepartureSaleabilityChangedEvent event) {
        saleable = event.saleable();
    }

    @EventSourcingHandler
    void on(SeatsHeldEvent event) {
        held += event.seats();
        holds.put(event.holdId(), new SeatHold(event.bookingId(), event.seats(), HoldStatus.HELD));
    }

    @EventSourcingHandler
    void on(SeatHoldRejectedEvent event) {
        holds.put(event.holdId(), new SeatHold(event.bookingId(), 0, HoldStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(SeatHoldReleasedEvent event) {
        if (event.wasSold()) {
            sold -= event.seats();
        } else {
            held -= event.seats();
        }
        SeatHold hold = holds.get(event.holdId());
        holds.put(event.holdId(), new SeatHold(hold.bookingId(), hold.seats(), HoldStatus.RELEASED));
    }

    @EventSourcingHandler
    void on(SeatHoldConfirmedEvent event) {
        held -= event.seats();
        sold += event.seats();
        SeatHold hold = holds.get(event.holdId());
        holds.put(event.holdId(), new SeatHold(hold.bookingId(), hold.seats(), HoldStatus.SOLD));
    }
}
