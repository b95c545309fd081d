package com.tripavail.inventory.query.availability;

import static com.tripavail.inventory.jooq.Tables.DEPARTURE_VIEW;

import com.tripavail.inventory.event.DepartureSeatsCreatedEvent;
import com.tripavail.inventory.event.SeatHoldConfirmedEvent;
import com.tripavail.inventory.event.SeatHoldReleasedEvent;
import com.tripavail.inventory.event.SeatsHeldEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * {@code departure_view}: one row per tour departure with its seats, held and sold — for
 * search (seats left) and the provider's upcoming departures. Idempotent by the departure's
 * event sequence number; a replay starts from an empty table.
 */
@Component
@ProcessingGroup(DepartureProjection.PROCESSING_GROUP)
public class DepartureProjection {

    public static final String PROCESSING_GROUP = "departure-view";

    private final DSLContext dsl;

    public DepartureProjection(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(DepartureSeatsCreatedEvent event, @SequenceNumber long sequence) {
        dsl.insertInto(DEPARTURE_VIEW)
                .set(DEPARTURE_VIEW.DEPARTURE_ID, event.departureId())
                .set(DEPARTURE_VIEW.PACKAGE_ID, event.packageId())
                .set(DEPARTURE_VIEW.PROVIDER_ID, event.providerId())
                .set(DEPARTURE_VIEW.DEPARTURE_DATE, event.departureDate())
                .set(DEPARTURE_VIEW.SEATS, event.seats())
                .set(DEPARTURE_VIEW.PRICE_AMOUNT, event.pricePerSeat().amount())
                .set(DEPARTURE_VIEW.CURRENCY, event.pricePerSeat().currency())
                .set(DEPARTURE_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(SeatsHeldEvent event, @SequenceNumber long sequence) {
        adjust(event.departureId(), event.seats(), 0, sequence);
    }

    @EventHandler
    void on(SeatHoldReleasedEvent event, @SequenceNumber long sequence) {
        adjust(event.departureId(), event.wasSold() ? 0 : -event.seats(), event.wasSold() ? -event.seats() : 0, sequence);
    }

    @EventHandler
    void on(SeatHoldConfirmedEvent event, @SequenceNumber long sequence) {
        adjust(event.departureId(), -event.seats(), event.seats(), sequence);
    }

    private void adjust(String departureId, int heldDelta, int soldDelta, long sequence) {
        dsl.update(DEPARTURE_VIEW)
                .set(DEPARTURE_VIEW.HELD, DEPARTURE_VIEW.HELD.plus(heldDelta))
                .set(DEPARTURE_VIEW.SOLD, DEPARTURE_VIEW.SOLD.plus(soldDelta))
                .set(DEPARTURE_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .where(DEPARTURE_VIEW.DEPARTURE_ID.eq(departureId))
                .and(DEPARTURE_VIEW.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute();
    }

    @ResetHandler
    void reset() {
        dsl.deleteFrom(DEPARTURE_VIEW).execute();
    }
}
