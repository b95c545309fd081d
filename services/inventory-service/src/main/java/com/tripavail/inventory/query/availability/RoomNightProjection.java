package com.tripavail.inventory.query.availability;

import static com.tripavail.inventory.jooq.Tables.ROOM_NIGHT_VIEW;

import com.tripavail.inventory.event.RoomCalendarDetailsChangedEvent;
import com.tripavail.inventory.event.RoomHoldConfirmedEvent;
import com.tripavail.inventory.event.RoomHoldReleasedEvent;
import com.tripavail.inventory.event.RoomNightChangedEvent;
import com.tripavail.inventory.event.RoomNightsOpenedEvent;
import com.tripavail.inventory.event.RoomsHeldEvent;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep8;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * {@code room_night_view}: one row per room type and open night with its units, held, sold,
 * price in force and closure — what search, listing detail and the provider's occupancy
 * calendar read. Every row keeps the sequence number of the last calendar event applied to
 * it, so a redelivered event changes nothing twice; a replay starts from an empty table.
 */
@Component
@ProcessingGroup(RoomNightProjection.PROCESSING_GROUP)
public class RoomNightProjection {

    public static final String PROCESSING_GROUP = "room-night-view";

    private final DSLContext dsl;

    public RoomNightProjection(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(RoomNightsOpenedEvent event, @SequenceNumber long sequence) {
        InsertValuesStep8<?, String, LocalDate, Integer, java.math.BigDecimal, String, Boolean, Boolean, Long> insert =
                dsl.insertInto(ROOM_NIGHT_VIEW, ROOM_NIGHT_VIEW.ROOM_TYPE_ID, ROOM_NIGHT_VIEW.NIGHT,
                        ROOM_NIGHT_VIEW.UNITS, ROOM_NIGHT_VIEW.PRICE_AMOUNT, ROOM_NIGHT_VIEW.CURRENCY,
                        ROOM_NIGHT_VIEW.PRICE_OVERRIDDEN, ROOM_NIGHT_VIEW.CLOSED, ROOM_NIGHT_VIEW.LAST_EVENT_SEQUENCE);
        for (LocalDate night : event.nights()) {
            insert = insert.values(event.roomTypeId(), night, event.units(), event.price().amount(),
                    event.price().currency(), event.priceOverridden(), false, sequence);
        }
        insert.onConflictDoNothing().execute();
    }

    @EventHandler
    void on(RoomNightChangedEvent event, @SequenceNumber long sequence) {
        dsl.update(ROOM_NIGHT_VIEW)
                .set(ROOM_NIGHT_VIEW.UNITS, event.units())
                .set(ROOM_NIGHT_VIEW.PRICE_AMOUNT, event.price().amount())
                .set(ROOM_NIGHT_VIEW.CURRENCY, event.price().currency())
                .set(ROOM_NIGHT_VIEW.PRICE_OVERRIDDEN, event.priceOverridden())
                .set(ROOM_NIGHT_VIEW.CLOSED, event.closed())
                .set(ROOM_NIGHT_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .where(ROOM_NIGHT_VIEW.ROOM_TYPE_ID.eq(event.roomTypeId()))
                .and(ROOM_NIGHT_VIEW.NIGHT.eq(event.night()))
                .and(ROOM_NIGHT_VIEW.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute();
    }

    /** Nights without the provider's own price follow the new base price. */
    @EventHandler
    void on(RoomCalendarDetailsChangedEvent event, @SequenceNumber long sequence) {
        dsl.update(ROOM_NIGHT_VIEW)
                .set(ROOM_NIGHT_VIEW.PRICE_AMOUNT, event.basePrice().amount())
                .set(ROOM_NIGHT_VIEW.CURRENCY, event.basePrice().currency())
                .set(ROOM_NIGHT_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .where(ROOM_NIGHT_VIEW.ROOM_TYPE_ID.eq(event.roomTypeId()))
                .and(ROOM_NIGHT_VIEW.PRICE_OVERRIDDEN.isFalse())
                .and(ROOM_NIGHT_VIEW.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute();
    }

    @EventHandler
    void on(RoomsHeldEvent event, @SequenceNumber long sequence) {
        adjust(event.roomTypeId(), event.nights(), event.units(), 0, sequence);
    }

    @EventHandler
    void on(RoomHoldReleasedEvent event, @SequenceNumber long sequence) {
        if (event.wasSold()) {
            adjust(event.roomTypeId(), event.nights(), 0, -event.units(), sequence);
        } else {
            adjust(event.roomTypeId(), event.nights(), -event.units(), 0, sequence);
        }
    }

    @EventHandler
    void on(RoomHoldConfirmedEvent event, @SequenceNumber long sequence) {
        adjust(event.roomTypeId(), event.nights(), -event.units(), event.units(), sequence);
    }

    private void adjust(String roomTypeId, List<LocalDate> nights, int heldDelta, int soldDelta, long sequence) {
        dsl.update(ROOM_NIGHT_VIEW)
                .set(ROOM_NIGHT_VIEW.HELD, ROOM_NIGHT_VIEW.HELD.plus(heldDelta))
                .set(ROOM_NIGHT_VIEW.SOLD, ROOM_NIGHT_VIEW.SOLD.plus(soldDelta))
                .set(ROOM_NIGHT_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .where(ROOM_NIGHT_VIEW.ROOM_TYPE_ID.eq(roomTypeId))
                .and(ROOM_NIGHT_VIEW.NIGHT.in(nights))
                .and(ROOM_NIGHT_VIEW.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute();
    }

    @ResetHandler
    void reset() {
        dsl.deleteFrom(ROOM_NIGHT_VIEW).execute();
    }
}
