package com.tripavail.booking.query.ledger;

import static com.tripavail.booking.jooq.Tables.LEDGER_ENTRY;

import com.tripavail.booking.event.BookingConfirmedEvent;
import com.tripavail.booking.event.BookingPaymentRefusedEvent;
import com.tripavail.booking.event.PaymentRefundedEvent;
import com.tripavail.platform.axon.WithoutSavepoint;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * {@code ledger_entry}: the double-entry ledger of confirmations, refunds and payments that
 * arrived too late. Entry ids come from the Axon event id and the line's role
 * ({@link LedgerPostings}), so a replay writes the same rows; lines are written once per batch
 * ({@link LedgerEntryWriter}). The handlers only compute and buffer (a posting whole or not at
 * all), so they need no savepoint per event ({@link WithoutSavepoint}).
 */
@Component
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
@WithoutSavepoint
public class LedgerProjection {

    public static final String PROCESSING_GROUP = "ledger";

    private final LedgerEntryWriter writer;
    private final DSLContext dsl;

    public LedgerProjection(LedgerEntryWriter writer, DSLContext dsl) {
        this.writer = writer;
        this.dsl = dsl;
    }

    @EventHandler
    void on(BookingConfirmedEvent event, @MessageIdentifier String eventId) {
        writer.add(LedgerPostings.of(event, eventId));
    }

    @EventHandler
    void on(PaymentRefundedEvent event, @MessageIdentifier String eventId) {
        writer.add(LedgerPostings.of(event, eventId));
    }

    @EventHandler
    void on(BookingPaymentRefusedEvent event, @MessageIdentifier String eventId) {
        writer.add(LedgerPostings.of(event, eventId));
    }

    @ResetHandler
    void reset() {
        dsl.truncate(LEDGER_ENTRY).execute();
    }
}
