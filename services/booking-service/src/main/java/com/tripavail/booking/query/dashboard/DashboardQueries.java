package com.tripavail.booking.query.dashboard;

import static com.tripavail.booking.jooq.Tables.BOOKING_DASHBOARD;
import static com.tripavail.booking.jooq.Tables.BOOKING_REFUND;

import com.tripavail.booking.event.BookingStatus;
import com.tripavail.booking.event.ProductType;
import com.tripavail.booking.jooq.tables.records.BookingDashboardRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/** Reads of the dashboards' read model for travellers, providers and admins. */
@Component
public class DashboardQueries {

    public record ProductView(ProductType type, String productId, String departureId, String listingId, String name,
                              String city, LocalDate startDate, LocalDate endDate, String timeZone) {
    }

    public record PriceView(String stage, String currency, BigDecimal subtotal, BigDecimal taxes, BigDecimal fees,
                            BigDecimal total) {
    }

    /**
     * A traveller's booking. {@code holdSecondsRemaining} counts down to {@code holdExpiresAt}
     * while the booking is held or being paid (computed when read; 0 once passed, null otherwise).
     */
    public record TravelerBookingView(String bookingId, BookingStatus status, ProductView product, int units,
                                      int guests, PriceView price, BigDecimal refunded, Instant holdExpiresAt,
                                      Long holdSecondsRemaining, String outcomeReason, Instant quotedAt,
                                      Instant confirmedAt, Instant updatedAt) {
    }

    public record ProviderBookingView(String bookingId, String travelerId, BookingStatus status, ProductView product,
                                      int units, int guests, String currency, BigDecimal total,
                                      BigDecimal providerEarnings, BigDecimal refunded, Instant quotedAt,
                                      Instant confirmedAt, Instant updatedAt) {
    }

    public record Page<T>(List<T> items, int page, int size, long totalItems) {
    }

    public enum Movement {
        ARRIVAL,
        DEPARTURE
    }

    /** A confirmed booking starting (arrival) or ending (departure) on {@code date}. */
    public record MovementView(LocalDate date, Movement movement, String bookingId, ProductView product, int units,
                               int guests) {
    }

    /**
     * One product in one month (the month its bookings start): confirmed, not cancelled bookings,
     * the provider's earnings from them, and the room-nights (stays, hotel packages) or seats
     * (tours) they occupy.
     */
    public record ProductPerformanceView(String month, ProductType productType, String productId, String productName,
                                         String currency, long bookings, BigDecimal revenue, long roomNights,
                                         long seats) {
    }

    public enum Granularity {
        DAY,
        MONTH
    }

    public record CurrencyAmounts(String currency, BigDecimal grossBookingValue, BigDecimal commission,
                                  BigDecimal refunds) {
    }

    /**
     * One period: bookings by status (counted in the period they were quoted), gross booking value
     * and commission (of bookings confirmed in the period) and refunds (paid in the period).
     */
    public record PeriodStatsView(LocalDate period, Map<BookingStatus, Long> bookingsByStatus,
                                  List<CurrencyAmounts> amounts) {
    }

    /** Confirmed and not cancelled: what earns the provider money and occupies inventory. */
    static final Set<BookingStatus> EARNING = EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED);

    private static final Field<BigDecimal> REFUNDED = DSL.field(DSL.select(DSL.coalesce(DSL.sum(BOOKING_REFUND.AMOUNT),
                    BigDecimal.ZERO)).from(BOOKING_REFUND).where(BOOKING_REFUND.BOOKING_ID.eq(BOOKING_DASHBOARD.BOOKING_ID)))
            .as("refunded");

    private final DSLContext dsl;
    private final Clock clock;

    public DashboardQueries(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The traveller's bookings, newest first. */
    public Page<TravelerBookingView> travelerBookings(String travelerId, int page, int size) {
        Condition where = BOOKING_DASHBOARD.TRAVELER_ID.eq(travelerId);
        Instant now = clock.instant();
        List<TravelerBookingView> items = dsl.select(BOOKING_DASHBOARD.asterisk(), REFUNDED).from(BOOKING_DASHBOARD)
                .where(where)
                .orderBy(BOOKING_DASHBOARD.QUOTED_AT.desc(), BOOKING_DASHBOARD.BOOKING_ID.desc())
                .limit(size).offset((long) page * size)
                .fetch(r -> traveler(r.into(BOOKING_DASHBOARD), r.get(REFUNDED), now));
        return new Page<>(items, page, size, dsl.fetchCount(BOOKING_DASHBOARD, where));
    }

    /** Bookings of the given provider profiles, optionally of one status, newest first. */
    public Page<ProviderBookingView> providerBookings(Collection<String> providerIds, BookingStatus status, int page,
                                                      int size) {
        if (providerIds.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Condition where = BOOKING_DASHBOARD.PROVIDER_ID.in(providerIds);
        if (status != null) {
            where = where.and(BOOKING_DASHBOARD.STATUS.eq(status.name()));
        }
        List<ProviderBookingView> items = dsl.select(BOOKING_DASHBOARD.asterisk(), REFUNDED).from(BOOKING_DASHBOARD)
                .where(where)
                .orderBy(BOOKING_DASHBOARD.QUOTED_AT.desc(), BOOKING_DASHBOARD.BOOKING_ID.desc())
                .limit(size).offset((long) page * size)
                .fetch(r -> provider(r.into(BOOKING_DASHBOARD), r.get(REFUNDED)));
        return new Page<>(items, page, size, dsl.fetchCount(BOOKING_DASHBOARD, where));
    }

    /** Arrivals and departures of confirmed bookings from {@code from} to {@code to}, both included, by date. */
    public List<MovementView> movements(Collection<String> providerIds, LocalDate from, LocalDate to) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        Condition confirmed = BOOKING_DASHBOARD.PROVIDER_ID.in(providerIds)
                .and(BOOKING_DASHBOARD.STATUS.eq(BookingStatus.CONFIRMED.name()));
        List<MovementView> movements = new ArrayList<>();
        dsl.selectFrom(BOOKING_DASHBOARD)
                .where(confirmed.and(BOOKING_DASHBOARD.START_DATE.between(from, to)
                        .or(BOOKING_DASHBOARD.END_DATE.between(from, to))))
                .fetch()
                .forEach(r -> {
                    if (!r.getStartDate().isBefore(from) && !r.getStartDate().isAfter(to)) {
                        movements.add(new MovementView(r.getStartDate(), Movement.ARRIVAL, r.getBookingId(),
                                product(r), r.getUnits(), r.getGuests()));
                    }
                    if (!r.getEndDate().isBefore(from) && !r.getEndDate().isAfter(to)) {
                        movements.add(new MovementView(r.getEndDate(), Movement.DEPARTURE, r.getBookingId(),
                                product(r), r.getUnits(), r.getGuests()));
                    }
                });
        movements.sort(java.util.Comparator.comparing(MovementView::date)
                .thenComparing(MovementView::movement)
                .thenComparing(MovementView::bookingId));
        return movements;
    }

    /** Per product and month of start, bookings starting from {@code from} to {@code to}, both included. */
    public List<ProductPerformanceView> performance(Collection<String> providerIds, LocalDate from, LocalDate to) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        Field<LocalDate> month = DSL.field("date_trunc('month', {0})::date", SQLDataType.LOCALDATE,
                BOOKING_DASHBOARD.START_DATE);
        Field<Integer> nights = DSL.field("({0} - {1})", SQLDataType.INTEGER, BOOKING_DASHBOARD.END_DATE,
                BOOKING_DASHBOARD.START_DATE);
        Field<BigDecimal> roomNights = DSL.sum(DSL.when(BOOKING_DASHBOARD.PRODUCT_TYPE.ne(ProductType.TOUR_PACKAGE.name()),
                BOOKING_DASHBOARD.UNITS.times(nights)).otherwise(0));
        Field<BigDecimal> seats = DSL.sum(DSL.when(BOOKING_DASHBOARD.PRODUCT_TYPE.eq(ProductType.TOUR_PACKAGE.name()),
                BOOKING_DASHBOARD.UNITS).otherwise(0));
        return dsl.select(month, BOOKING_DASHBOARD.PRODUCT_TYPE, BOOKING_DASHBOARD.PRODUCT_ID,
                        DSL.max(BOOKING_DASHBOARD.PRODUCT_NAME), BOOKING_DASHBOARD.CURRENCY, DSL.count(),
                        DSL.sum(BOOKING_DASHBOARD.PROVIDER_EARNINGS), roomNights, seats)
                .from(BOOKING_DASHBOARD)
                .where(BOOKING_DASHBOARD.PROVIDER_ID.in(providerIds))
                .and(BOOKING_DASHBOARD.STATUS.in(EARNING.stream().map(Enum::name).toList()))
                .and(BOOKING_DASHBOARD.START_DATE.between(from, to))
                .groupBy(month, BOOKING_DASHBOARD.PRODUCT_TYPE, BOOKING_DASHBOARD.PRODUCT_ID, BOOKING_DASHBOARD.CURRENCY)
                .orderBy(month, BOOKING_DASHBOARD.PRODUCT_ID, BOOKING_DASHBOARD.CURRENCY)
                .fetch(r -> new ProductPerformanceView(r.value1().toString().substring(0, 7),
                        ProductType.valueOf(r.value2()), r.value3(), r.value4(), r.value5(), r.value6(),
                        money(r.value7()), r.value8().longValue(), r.value9().longValue()));
    }

    /** Admin statistics per day or month (UTC) from {@code from} to {@code to}, both included; empty periods left out. */
    public List<PeriodStatsView> stats(LocalDate from, LocalDate to, Granularity granularity) {
        OffsetDateTime start = from.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        String unit = granularity == Granularity.DAY ? "day" : "month";

        Map<LocalDate, Map<BookingStatus, Long>> statuses = new TreeMap<>();
        Field<LocalDate> quoted = period(unit, BOOKING_DASHBOARD.QUOTED_AT);
        dsl.select(quoted, BOOKING_DASHBOARD.STATUS, DSL.count()).from(BOOKING_DASHBOARD)
                .where(BOOKING_DASHBOARD.QUOTED_AT.ge(start).and(BOOKING_DASHBOARD.QUOTED_AT.lt(end)))
                .groupBy(quoted, BOOKING_DASHBOARD.STATUS)
                .forEach(r -> statuses.computeIfAbsent(r.value1(), p -> new java.util.EnumMap<>(BookingStatus.class))
                        .put(BookingStatus.valueOf(r.value2()), r.value3().longValue()));

        Map<LocalDate, Map<String, BigDecimal[]>> amounts = new TreeMap<>();
        Field<LocalDate> confirmed = period(unit, BOOKING_DASHBOARD.CONFIRMED_AT);
        dsl.select(confirmed, BOOKING_DASHBOARD.CURRENCY, DSL.sum(BOOKING_DASHBOARD.TOTAL),
                        DSL.sum(BOOKING_DASHBOARD.COMMISSION))
                .from(BOOKING_DASHBOARD)
                .where(BOOKING_DASHBOARD.CONFIRMED_AT.ge(start).and(BOOKING_DASHBOARD.CONFIRMED_AT.lt(end)))
                .groupBy(confirmed, BOOKING_DASHBOARD.CURRENCY)
                .forEach(r -> {
                    BigDecimal[] sums = amountsOf(amounts, r.value1(), r.value2());
                    sums[0] = r.value3();
                    sums[1] = r.value4();
                });
        Field<LocalDate> refunded = period(unit, BOOKING_REFUND.REFUNDED_AT);
        dsl.select(refunded, BOOKING_REFUND.CURRENCY, DSL.sum(BOOKING_REFUND.AMOUNT))
                .from(BOOKING_REFUND)
                .where(BOOKING_REFUND.REFUNDED_AT.ge(start).and(BOOKING_REFUND.REFUNDED_AT.lt(end)))
                .groupBy(refunded, BOOKING_REFUND.CURRENCY)
                .forEach(r -> amountsOf(amounts, r.value1(), r.value2())[2] = r.value3());

        TreeMap<LocalDate, PeriodStatsView> periods = new TreeMap<>();
        for (LocalDate period : union(statuses.keySet(), amounts.keySet())) {
            List<CurrencyAmounts> currencies = new ArrayList<>();
            amounts.getOrDefault(period, Map.of()).forEach((currency, sums) -> currencies.add(new CurrencyAmounts(
                    currency, money(sums[0]), money(sums[1]), money(sums[2]))));
            periods.put(period, new PeriodStatsView(period, statuses.getOrDefault(period, Map.of()), currencies));
        }
        return List.copyOf(periods.values());
    }

    private static java.util.SortedSet<LocalDate> union(Set<LocalDate> a, Set<LocalDate> b) {
        java.util.SortedSet<LocalDate> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static BigDecimal[] amountsOf(Map<LocalDate, Map<String, BigDecimal[]>> amounts, LocalDate period,
                                          String currency) {
        return amounts.computeIfAbsent(period, p -> new TreeMap<>())
                .computeIfAbsent(currency, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
    }

    private static Field<LocalDate> period(String unit, Field<OffsetDateTime> at) {
        return DSL.field("date_trunc({0}, {1} at time zone 'UTC')::date", SQLDataType.LOCALDATE, DSL.inline(unit), at);
    }

    private TravelerBookingView traveler(BookingDashboardRecord r, BigDecimal refunded, Instant now) {
        BookingStatus status = BookingStatus.valueOf(r.getStatus());
        Instant expires = instant(r.getHoldExpiresAt());
        Long remaining = null;
        if (expires != null && (status == BookingStatus.HOLD || status == BookingStatus.PAYMENT_PENDING)) {
            remaining = Math.max(0, Duration.between(now, expires).toSeconds());
        }
        return new TravelerBookingView(r.getBookingId(), status, product(r), r.getUnits(), r.getGuests(),
                new PriceView(r.getPriceStage(), r.getCurrency(), money(r.getSubtotal()), money(r.getTaxes()),
                        money(r.getFees()), money(r.getTotal())),
                money(refunded), expires, remaining, r.getOutcomeReason(), instant(r.getQuotedAt()),
                instant(r.getConfirmedAt()), instant(r.getUpdatedAt()));
    }

    private static ProviderBookingView provider(BookingDashboardRecord r, BigDecimal refunded) {
        return new ProviderBookingView(r.getBookingId(), r.getTravelerId(), BookingStatus.valueOf(r.getStatus()),
                product(r), r.getUnits(), r.getGuests(), r.getCurrency(), money(r.getTotal()),
                money(r.getProviderEarnings()), money(refunded), instant(r.getQuotedAt()),
                instant(r.getConfirmedAt()), instant(r.getUpdatedAt()));
    }

    private static ProductView product(BookingDashboardRecord r) {
        return new ProductView(ProductType.valueOf(r.getProductType()), r.getProductId(), r.getDepartureId(),
                r.getListingId(), r.getProductName(), r.getCity(), r.getStartDate(), r.getEndDate(), r.getTimeZone());
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    /** Stored with four decimals; shown with as many as the amount needs, at least two. */
    static BigDecimal money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : plain;
    }
}
