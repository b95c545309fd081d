package com.tripavail.booking.integration.inventory;

import com.tripavail.booking.command.BookingOutcome;
import com.tripavail.booking.command.RecordHoldGrantedCommand;
import com.tripavail.booking.command.RecordHoldRejectedCommand;
import com.tripavail.booking.config.BookingProperties;
import com.tripavail.booking.event.PriceLine;
import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Money;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.inventory.HeldPrice;
import com.tripavail.contracts.inventory.InventoryHeld;
import com.tripavail.contracts.inventory.InventoryHoldRejected;
import com.tripavail.platform.kafka.IntegrationEventConsumer;
import com.tripavail.platform.kafka.OutsideInboxTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Inventory's answers to booking's hold requests: a granted hold (with the prices in force,
 * which become the booking's price) or a refusal. The hold's clock starts when booking learns
 * of it.
 *
 * <p>The command runs outside the transaction that records the message's eventId, for the
 * reason inventory's {@code BookingHoldRequests} gives: the booking's lock must last until its
 * event is committed. A redelivered answer meets the booking's own idempotency by holdId.
 */
@Component
public class HoldAnswers implements IntegrationEventConsumer {

    private static final Set<String> ACCEPTED = Set.of("inventory.InventoryHeld", "inventory.InventoryHoldRejected");

    private static final Logger log = LoggerFactory.getLogger(HoldAnswers.class);

    private final CommandGateway commands;
    private final BookingProperties properties;
    private final Clock clock;
    private final OutsideInboxTransaction outsideInbox;

    public HoldAnswers(CommandGateway commands, BookingProperties properties, Clock clock,
                       OutsideInboxTransaction outsideInbox) {
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
        this.outsideInbox = outsideInbox;
    }

    @Override
    public String name() {
        return "hold-answers";
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.INVENTORY_EVENTS);
    }

    @Override
    public boolean accepts(String type) {
        return ACCEPTED.contains(type);
    }

    @Override
    public void handle(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "inventory.InventoryHeld" -> {
                InventoryHeld held = ContractJson.payload(envelope, InventoryHeld.class);
                Instant now = clock.instant();
                BookingOutcome outcome = outside(() -> commands.sendAndWait(new RecordHoldGrantedCommand(
                        held.bookingId(), held.holdId(), lines(held), now.plus(properties.holdDuration()), now)));
                log.debug("hold {} granted for booking {}: {}", held.holdId(), held.bookingId(), outcome);
            }
            case "inventory.InventoryHoldRejected" -> {
                InventoryHoldRejected rejected = ContractJson.payload(envelope, InventoryHoldRejected.class);
                BookingOutcome outcome = outside(() -> commands.sendAndWait(new RecordHoldRejectedCommand(
                        rejected.bookingId(), rejected.holdId(), rejected.reason(), rejected.detail(),
                        clock.instant())));
                log.debug("hold {} refused for booking {}: {}", rejected.holdId(), rejected.bookingId(), outcome);
            }
            default -> {
                // catalogue changes are CatalogueFeed's; releases and sales need nothing from booking
            }
        }
    }

    /**
     * The held prices as price lines: a stay's nights × rooms, a tour's seats, a hotel package's
     * persons (its price is per person for the whole package). They add up to inventory's total.
     */
    static List<PriceLine> lines(InventoryHeld held) {
        int quantity = "HOTEL_PACKAGE".equals(held.productType()) ? personsOf(held) : held.units();
        List<PriceLine> lines = held.prices().stream()
                .map(price -> line(held.productType(), price, quantity))
                .toList();
        Money sum = lines.stream().map(PriceLine::amount).reduce(Money::plus).orElseThrow();
        if (!sum.sameAs(held.total())) {
            throw new IllegalStateException("hold " + held.holdId() + ": held prices add up to " + sum
                    + ", inventory's total is " + held.total());
        }
        return lines;
    }

    /** A package's total is its price per person times the guests: the quantity is what makes it so. */
    private static int personsOf(InventoryHeld held) {
        Money perPerson = held.prices().getFirst().price();
        return held.total().amount().divide(perPerson.amount()).intValueExact();
    }

    private static PriceLine line(String productType, HeldPrice price, int quantity) {
        String description = switch (productType) {
            case "STAY" -> "night of " + price.date();
            case "HOTEL_PACKAGE" -> "package from " + price.date() + ", per person";
            default -> "seat on " + price.date();
        };
        return new PriceLine(description, price.date(), quantity, price.price(), price.price().times(quantity));
    }

    /**
     * Runs the command outside a transaction. An answer for a booking this service does not have
     * is not one of its holds (inventory also takes holds over its REST API, for the gateway and
     * benchmarks): it is skipped, not retried and parked. Booking's own answers always find their
     * booking, which exists before its hold request is published.
     */
    private BookingOutcome outside(Supplier<BookingOutcome> action) {
        try {
            return outsideInbox.run(action);
        } catch (AggregateNotFoundException notOurs) {
            return null;
        }
    }
}
