package com.tripavail.booking.query.ledger;

import static com.tripavail.booking.jooq.Tables.LEDGER_ENTRY;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/**
 * Writes ledger entries once per batch of the {@code ledger} processor: the handlers add their
 * lines to the batch's unit of work, and just before the batch commits (with its token) all of
 * them go in one {@code insert … select from unnest(arrays) on conflict do nothing} — one
 * statement and one round trip for a thousand events, whatever the number of lines, where a row
 * per statement would make a replay wait on the database for every line. Outside a unit of work
 * (a projection unit test) the lines are written at once.
 */
@Component
public class LedgerEntryWriter {

    private static final String PENDING = LedgerEntryWriter.class.getName() + ".pending";

    private final DSLContext dsl;

    public LedgerEntryWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Adds a posting's lines, all or none, to what the current batch writes. */
    public void add(List<LedgerEntry> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            insert(lines);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<LedgerEntry> pending = batch.getOrComputeResource(PENDING, key -> {
            List<LedgerEntry> entries = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> insert(entries));
            return entries;
        });
        pending.addAll(lines);
    }

    /** Inserts the entries in one statement; entries already there (a replayed or redelivered event) are kept. */
    public void insert(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int n = entries.size();
        UUID[] ids = new UUID[n];
        String[] bookings = new String[n];
        String[] accounts = new String[n];
        String[] sides = new String[n];
        BigDecimal[] amounts = new BigDecimal[n];
        String[] currencies = new String[n];
        String[] travelers = new String[n];
        String[] providers = new String[n];
        String[] events = new String[n];
        String[] descriptions = new String[n];
        OffsetDateTime[] times = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            LedgerEntry entry = entries.get(i);
            ids[i] = entry.entryId();
            bookings[i] = entry.bookingId();
            accounts[i] = entry.account().name();
            sides[i] = entry.side().name();
            amounts[i] = entry.amount();
            currencies[i] = entry.currency();
            travelers[i] = entry.travelerId();
            providers[i] = entry.providerId();
            events[i] = entry.eventId();
            descriptions[i] = entry.description();
            times[i] = entry.occurredAt().atOffset(ZoneOffset.UTC);
        }
        Table<?> rows = DSL.table("unnest({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10})",
                        DSL.val(ids, SQLDataType.UUID.array()),
                        DSL.val(bookings, SQLDataType.CLOB.array()),
                        DSL.val(accounts, SQLDataType.CLOB.array()),
                        DSL.val(sides, SQLDataType.CLOB.array()),
                        DSL.val(amounts, SQLDataType.NUMERIC.array()),
                        DSL.val(currencies, SQLDataType.CLOB.array()),
                        DSL.val(travelers, SQLDataType.CLOB.array()),
                        DSL.val(providers, SQLDataType.CLOB.array()),
                        DSL.val(events, SQLDataType.CLOB.array()),
                        DSL.val(descriptions, SQLDataType.CLOB.array()),
                        DSL.val(times, SQLDataType.TIMESTAMPWITHTIMEZONE.array()))
                .as("line", "entry_id", "booking_id", "account", "side", "amount", "currency", "traveler_id",
                        "provider_id", "event_id", "description", "occurred_at");
        dsl.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.ENTRY_ID, LEDGER_ENTRY.BOOKING_ID, LEDGER_ENTRY.ACCOUNT,
                        LEDGER_ENTRY.SIDE, LEDGER_ENTRY.AMOUNT, LEDGER_ENTRY.CURRENCY, LEDGER_ENTRY.TRAVELER_ID,
                        LEDGER_ENTRY.PROVIDER_ID, LEDGER_ENTRY.EVENT_ID, LEDGER_ENTRY.DESCRIPTION,
                        LEDGER_ENTRY.OCCURRED_AT)
                .select(DSL.select(
                        DSL.field(DSL.name("line", "entry_id"), SQLDataType.UUID),
                        DSL.field(DSL.name("line", "booking_id"), SQLDataType.CLOB),
                        DSL.field(DSL.name("line", "account"), SQLDataType.CLOB),
                        DSL.field(DSL.name("line", "side"), SQLDataType.CLOB),
                        DSL.field(DSL.name("line", "amount"), SQLDataType.NUMERIC),
                        DSL.field(DSL.name("line", "currency"), SQLDataType.CHAR),
                        DSL.field(DSL.name("line", "traveler_id"), SQLDataType.CLOB),
                        DSL.field(DSL.name("line", "provider_id"), SQLDataType.CLOB),
                        DSL.field(DSL.name("line", "event_id"), SQLDataType.CLOB),
                        DSL.field(DSL.name("line", "description"), SQLDataType.CLOB),
                        DSL.field(DSL.name("line", "occurred_at"), SQLDataType.TIMESTAMPWITHTIMEZONE))
                        .from(rows))
                .onConflictDoNothing()
                .execute();
    }
}
