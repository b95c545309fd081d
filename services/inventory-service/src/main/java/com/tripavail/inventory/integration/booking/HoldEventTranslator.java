package com.tripavail.inventory.integration.booking;

import com.tripavail.contracts.inventory.HeldPrice;
import com.tripavail.contracts.inventory.InventoryHeld;
import com.tripavail.contracts.inventory.InventoryHoldRejected;
import com.tripavail.contracts.inventory.InventoryReleased;
import com.tripavail.contracts.inventory.InventorySold;
import com.tripavail.inventory.event.HoldRequestRejectedEvent;
import com.tripavail.inventory.event.NightPrice;
import com.tripavail.inventory.event.RoomHoldConfirmedEvent;
import com.tripavail.inventory.event.RoomHoldRejectedEvent;
import com.tripavail.inventory.event.RoomHoldReleasedEvent;
import com.tripavail.inventory.event.RoomsHeldEvent;
import com.tripavail.inventory.event.SeatHoldConfirmedEvent;
import com.tripavail.inventory.event.SeatHoldRejectedEvent;
import com.tripavail.inventory.event.SeatHoldReleasedEvent;
import com.tripavail.inventory.event.SeatsHeldEvent;
import com.tripavail.platform.kafka.PublicEventTranslator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The answers booking waits for: a hold granted (with the prices in force), refused (with the
 * reason), released or sold. Published on {@code tripavail.inventory.events} keyed by the
 * calendar's or departure's id; the holdId and bookingId are inside.
 */
@Component
public class HoldEventTranslator implements PublicEventTranslator {

    static final String TOUR_PACKAGE = "TOUR_PACKAGE";

    @Override
    public Optional<Object> translate(Object event) {
        Object contract = switch (event) {
            case RoomsHeldEvent e -> new InventoryHeld(e.holdId(), e.bookingId(), e.productType(), e.productId(),
                    e.providerId(), e.units(), prices(e.prices()), e.total(), e.at());
            case SeatsHeldEvent e -> new InventoryHeld(e.holdId(), e.bookingId(), TOUR_PACKAGE, e.packageId(),
                    e.providerId(), e.seats(), List.of(new HeldPrice(e.departureDate(), e.pricePerSeat())), e.total(),
                    e.at());
            case RoomHoldRejectedEvent e -> new InventoryHoldRejected(e.holdId(), e.bookingId(), e.reason().name(),
                    e.detail(), e.at());
            case SeatHoldRejectedEvent e -> new InventoryHoldRejected(e.holdId(), e.bookingId(), e.reason().name(),
                    e.detail(), e.at());
            case HoldRequestRejectedEvent e -> new InventoryHoldRejected(e.holdId(), e.bookingId(), e.reason().name(),
                    e.detail(), e.at());
            case RoomHoldReleasedEvent e -> new InventoryReleased(e.holdId(), e.bookingId(), e.at());
            case SeatHoldReleasedEvent e -> new InventoryReleased(e.holdId(), e.bookingId(), e.at());
            case RoomHoldConfirmedEvent e -> new InventorySold(e.holdId(), e.bookingId(), e.at());
            case SeatHoldConfirmedEvent e -> new InventorySold(e.holdId(), e.bookingId(), e.at());
            default -> null;
        };
        return Optional.ofNullable(contract);
    }

    private static List<HeldPrice> prices(List<NightPrice> prices) {
        return prices.stream().map(p -> new HeldPrice(p.date(), p.price())).toList();
    }
}
