package com.tripavail.booking.query.ledger;

import static com.tripavail.booking.jooq.Tables.LEDGER_ENTRY;

import com.tripavail.booking.jooq.tables.records.LedgerEntryRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Reads of the ledger: filtered entries with their totals, the balance invariant, a provider's earnings. */
@Component
public class LedgerQueries {

    /** Entries by booking, account and period ({@code from} inclusive, {@code to} exclusive; any may be null). */
    public record LedgerFilter(String bookingId, LedgerAccount account, Instant from, Instant to) {
    }

    public record LedgerEntryView(UUID entryId, String bookingId, LedgerAccount account, LedgerSide side,
                                  BigDecimal amount, String currency, String travelerId, String providerId,
                                  String eventId, String description, Instant occurredAt) {
    }

    /** Debits and credits of one currency; {@code balanced} when they are equal. */
    public record CurrencyTotals(String currency, BigDecimal debits, BigDecimal credits, boolean balanced) {
    }

    /** A page of entries, with totals over every entry the filter selects (not only this page). */
    public record LedgerPage(List<LedgerEntryView> entries, int page, int size, long totalEntries,
                             List<CurrencyTotals> totals, boolean balanced) {
    }

    public record UnbalancedBooking(String bookingId, String currency, BigDecimal debits, BigDecimal credits) {
    }

    /** The invariant: debits equal credits per booking and in total, in every currency. */
    public record LedgerBalance(boolean balanced, List<CurrencyTotals> totals, List<UnbalancedBooking> unbalancedBookings) {
    }

    /** Provider earnings in one currency: credited, debited back by refunds, and what remains. */
    public record EarningsTotals(String currency, BigDecimal earned, BigDecimal refunded, BigDecimal net) {
    }

    public record EarningsPage(List<LedgerEntryView> entries, int page, int size, long totalEntries,
                               List<EarningsTotals> net) {
    }

    /** How many unbalanced bookings the balance check lists at most. */
    static final int UNBALANCED_LISTED = 100;

    private static final Field<BigDecimal> DEBITS = DSL.coalesce(DSL.sum(DSL.when(
            LEDGER_ENTRY.SIDE.eq(LedgerSide.DEBIT.name()), LEDGER_ENTRY.AMOUNT)), BigDecimal.ZERO);
    private static final Field<BigDecimal> CREDITS = DSL.coalesce(DSL.sum(DSL.when(
            LEDGER_ENTRY.SIDE.eq(LedgerSide.CREDIT.name()), LEDGER_ENTRY.AMOUNT)), BigDecimal.ZERO);

    private final DSLContext dsl;

    public LedgerQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public LedgerPage entries(LedgerFilter filter, int page, int size) {
        Condition where = conditionOf(filter);
        List<LedgerEntryView> entries = dsl.selectFrom(LEDGER_ENTRY).where(where)
                .orderBy(LEDGER_ENTRY.OCCURRED_AT, LEDGER_ENTRY.EVENT_ID, LEDGER_ENTRY.SIDE.desc(),
                        LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.ENTRY_ID)
                .limit(size).offset((long) page * size)
                .fetch(LedgerQueries::view);
        long count = dsl.fetchCount(LEDGER_ENTRY, where);
        List<CurrencyTotals> totals = totals(where);
        return new LedgerPage(entries, page, size, count, totals, totals.stream().allMatch(CurrencyTotals::balanced));
    }

    /** Debits against credits over the whole ledger, and every booking (up to a hundred) where they differ. */
    public LedgerBalance balance() {
        List<CurrencyTotals> totals = totals(DSL.noCondition());
        List<UnbalancedBooking> unbalanced = dsl.select(LEDGER_ENTRY.BOOKING_ID, LEDGER_ENTRY.CURRENCY, DEBITS, CREDITS)
                .from(LEDGER_ENTRY)
                .groupBy(LEDGER_ENTRY.BOOKING_ID, LEDGER_ENTRY.CURRENCY)
                .having(DEBITS.ne(CREDITS))
                .orderBy(LEDGER_ENTRY.BOOKING_ID)
                .limit(UNBALANCED_LISTED)
                .fetch(r -> new UnbalancedBooking(r.value1(), r.value2(), money(r.value3()), money(r.value4())));
        boolean balanced = unbalanced.isEmpty() && totals.stream().allMatch(CurrencyTotals::balanced);
        return new LedgerBalance(balanced, totals, unbalanced);
    }

    /** The balance of one booking's entries, per currency. */
    public List<CurrencyTotals> bookingTotals(String bookingId) {
        return totals(LEDGER_ENTRY.BOOKING_ID.eq(bookingId));
    }

    /** Entries on PROVIDER_EARNINGS of the given provider profiles in the period, and the net per currency. */
    public EarningsPage earnings(Collection<String> providerIds, Instant from, Instant to, int page, int size) {
        if (providerIds.isEmpty()) {
            return new EarningsPage(List.of(), page, size, 0, List.of());
        }
        Condition where = conditionOf(new LedgerFilter(null, LedgerAccount.PROVIDER_EARNINGS, from, to))
                .and(LEDGER_ENTRY.PROVIDER_ID.in(providerIds));
        List<LedgerEntryView> entries = dsl.selectFrom(LEDGER_ENTRY).where(where)
                .orderBy(LEDGER_ENTRY.OCCURRED_AT.desc(), LEDGER_ENTRY.EVENT_ID, LEDGER_ENTRY.ENTRY_ID)
                .limit(size).offset((long) page * size)
                .fetch(LedgerQueries::view);
        long count = dsl.fetchCount(LEDGER_ENTRY, where);
        List<EarningsTotals> net = new ArrayList<>();
        for (CurrencyTotals totals : totals(where)) {
            // earnings are credits on PROVIDER_EARNINGS; refunds debit them back
            net.add(new EarningsTotals(totals.currency(), totals.credits(), totals.debits(),
                    money(totals.credits().subtract(totals.debits()))));
        }
        return new EarningsPage(entries, page, size, count, net);
    }

    private List<CurrencyTotals> totals(Condition where) {
        return dsl.select(LEDGER_ENTRY.CURRENCY, DEBITS, CREDITS)
                .from(LEDGER_ENTRY).where(where)
                .groupBy(LEDGER_ENTRY.CURRENCY)
                .orderBy(LEDGER_ENTRY.CURRENCY)
                .fetch(LedgerQueries::totals);
    }

    private static CurrencyTotals totals(Record3<String, BigDecimal, BigDecimal> r) {
        return new CurrencyTotals(r.value1(), money(r.value2()), money(r.value3()), r.value2().compareTo(r.value3()) == 0);
    }

    private static Condition conditionOf(LedgerFilter filter) {
        Condition where = DSL.noCondition();
        if (filter.bookingId() != null) {
            where = where.and(LEDGER_ENTRY.BOOKING_ID.eq(filter.bookingId()));
        }
        if (filter.account() != null) {
            where = where.and(LEDGER_ENTRY.ACCOUNT.eq(filter.account().name()));
        }
        if (filter.from() != null) {
            where = where.and(LEDGER_ENTRY.OCCURRED_AT.ge(filter.from().atOffset(java.time.ZoneOffset.UTC)));
        }
        if (filter.to() != null) {
            where = where.and(LEDGER_ENTRY.OCCURRED_AT.lt(filter.to().atOffset(java.time.ZoneOffset.UTC)));
        }
        return where;
    }

    private static LedgerEntryView view(LedgerEntryRecord r) {
        return new LedgerEntryView(r.getEntryId(), r.getBookingId(), LedgerAccount.valueOf(r.getAccount()),
                LedgerSide.valueOf(r.getSide()), money(r.getAmount()), r.getCurrency(), r.getTravelerId(),
                r.getProviderId(), r.getEventId(), r.getDescription(), r.getOccurredAt().toInstant());
    }

    /** Stored with four decimals; shown with as many as the amount needs, at least two. */
    static BigDecimal money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 2 ? amount.setScale(2, java.math.RoundingMode.UNNECESSARY) : plain;
    }
}
