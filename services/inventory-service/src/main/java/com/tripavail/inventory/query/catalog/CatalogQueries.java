package com.tripavail.inventory.query.catalog;

import static com.tripavail.inventory.jooq.Tables.CATALOG_HOTEL_PACKAGE_VIEW;
import static com.tripavail.inventory.jooq.Tables.CATALOG_LISTING_VIEW;
import static com.tripavail.inventory.jooq.Tables.CATALOG_ROOM_TYPE_VIEW;
import static com.tripavail.inventory.jooq.Tables.CATALOG_TOUR_PACKAGE_VIEW;
import static com.tripavail.inventory.jooq.Tables.DEPARTURE_VIEW;
import static com.tripavail.inventory.jooq.Tables.ROOM_NIGHT_VIEW;
import static com.tripavail.inventory.query.catalog.CatalogViews.money;
import static com.tripavail.inventory.query.catalog.ListingCatalogProjection.cityKey;

import com.tripavail.inventory.event.AvailabilityRule;
import com.tripavail.inventory.event.DateRange;
import com.tripavail.inventory.event.GeoPoint;
import com.tripavail.inventory.query.catalog.CatalogViews.DepartureView;
import com.tripavail.inventory.query.catalog.CatalogViews.HotelPackageView;
import com.tripavail.inventory.query.catalog.CatalogViews.ListingDetailView;
import com.tripavail.inventory.query.catalog.CatalogViews.ListingSearchResult;
import com.tripavail.inventory.query.catalog.CatalogViews.NightView;
import com.tripavail.inventory.query.catalog.CatalogViews.ProviderProductView;
import com.tripavail.inventory.query.catalog.CatalogViews.RoomTypeView;
import com.tripavail.inventory.query.catalog.CatalogViews.TourPackageView;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads the catalogue's read models, and the nights and departures of the availability views. */
@Repository
public class CatalogQueries {

    private static final String PUBLISHED = "PUBLISHED";

    private final DSLContext dsl;

    public CatalogQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Published listings in the city with a room type for {@code guests} that has a free unit on
     * every night from check-in to the night before check-out and no closed night; per listing the
     * cheapest such room type and its total (the sum of its nightly prices). Cheapest first.
     */
    public List<ListingSearchResult> searchListings(String city, LocalDate checkIn, LocalDate checkOut, int guests) {
        int nights = (int) ChronoUnit.DAYS.between(checkIn, checkOut);
        var l = CATALOG_LISTING_VIEW;
        var r = CATALOG_ROOM_TYPE_VIEW;
        var n = ROOM_NIGHT_VIEW;
        Field<BigDecimal> total = DSL.sum(n.PRICE_AMOUNT).as("total");
        Field<Integer> free = DSL.min(n.UNITS.minus(n.HELD).minus(n.SOLD)).as("free");
        Field<String> currency = DSL.max(n.CURRENCY).as("currency");
        var rows = dsl.select(l.LISTING_ID, l.NAME, l.CITY, l.COUNTRY_CODE, l.TIME_ZONE, r.ROOM_TYPE_ID, r.NAME,
                        r.CAPACITY, total, free, currency)
                .from(l)
                .join(r).on(r.LISTING_ID.eq(l.LISTING_ID))
                .join(n).on(n.ROOM_TYPE_ID.eq(r.ROOM_TYPE_ID)).and(n.NIGHT.ge(checkIn)).and(n.NIGHT.lt(checkOut))
                .where(l.CITY_KEY.eq(cityKey(city)))
                .and(l.STATUS.eq(PUBLISHED))
                .and(r.CAPACITY.ge(guests))
                .groupBy(l.LISTING_ID, r.ROOM_TYPE_ID)
                .having(DSL.count().eq(nights))
                .and(DSL.boolAnd(n.CLOSED.isFalse()))
                .and(DSL.min(n.UNITS.minus(n.HELD).minus(n.SOLD)).ge(1))
                .and(DSL.countDistinct(n.CURRENCY).eq(1))
                .orderBy(total.asc(), r.NAME.asc(), r.ROOM_TYPE_ID.asc())
                .fetch();
        Map<String, ListingSearchResult> cheapest = new LinkedHashMap<>();
        for (var row : rows) {
            cheapest.putIfAbsent(row.get(l.LISTING_ID), new ListingSearchResult(row.get(l.LISTING_ID),
                    row.get(l.NAME), row.get(l.CITY), row.get(l.COUNTRY_CODE), row.get(l.TIME_ZONE),
                    row.get(r.ROOM_TYPE_ID), row.get(r.NAME), row.get(r.CAPACITY), nights, row.get(free),
                    money(row.get(total), row.get(currency))));
        }
        return cheapest.values().stream()
                .sorted(Comparator.comparing((ListingSearchResult s) -> s.total().amount())
                        .thenComparing(ListingSearchResult::name).thenComparing(ListingSearchResult::listingId))
                .toList();
    }

    /** A published listing with its room types and their nights from {@code from} to the night before {@code to}. */
    public Optional<ListingDetailView> listing(String listingId, LocalDate from, LocalDate to) {
        var l = CATALOG_LISTING_VIEW;
        var listing = dsl.selectFrom(l).where(l.LISTING_ID.eq(listingId)).and(l.STATUS.eq(PUBLISHED)).fetchOptional();
        if (listing.isEmpty()) {
            return Optional.empty();
        }
        var r = CATALOG_ROOM_TYPE_VIEW;
        var n = ROOM_NIGHT_VIEW;
        var roomTypes = dsl.selectFrom(r).where(r.LISTING_ID.eq(listingId)).orderBy(r.NAME, r.ROOM_TYPE_ID).fetch();
        Map<String, List<NightView>> calendars = new LinkedHashMap<>();
        dsl.select(n.ROOM_TYPE_ID, n.NIGHT, n.UNITS, n.HELD, n.SOLD, n.PRICE_AMOUNT, n.CURRENCY, n.CLOSED)
                .from(n)
                .where(n.ROOM_TYPE_ID.in(roomTypes.map(rt -> rt.getRoomTypeId())))
                .and(n.NIGHT.ge(from)).and(n.NIGHT.lt(to))
                .orderBy(n.ROOM_TYPE_ID, n.NIGHT)
                .forEach(row -> {
                    int free = Math.max(0, row.get(n.UNITS) - row.get(n.HELD) - row.get(n.SOLD));
                    boolean closed = Boolean.TRUE.equals(row.get(n.CLOSED));
                    calendars.computeIfAbsent(row.get(n.ROOM_TYPE_ID), k -> new ArrayList<>())
                            .add(new NightView(row.get(n.NIGHT), row.get(n.UNITS), row.get(n.HELD), row.get(n.SOLD),
                                    free, money(row.get(n.PRICE_AMOUNT), row.get(n.CURRENCY)), closed,
                                    !closed && free > 0));
                });
        var v = listing.get();
        GeoPoint location = v.getLatitude() == null || v.getLongitude() == null ? null
                : new GeoPoint(v.getLatitude(), v.getLongitude());
        return Optional.of(new ListingDetailView(v.getListingId(), v.getName(), v.getDescription(), v.getAddressLine(),
                v.getCity(), v.getCountryCode(), location, v.getTimeZone(), v.getCheckInTime(), v.getCheckOutTime(),
                Arrays.asList(v.getAmenities()), v.getStatus(), from, to,
                roomTypes.map(rt -> new RoomTypeView(rt.getRoomTypeId(), rt.getName(), rt.getCapacity(),
                        rt.getBedConfiguration(), money(rt.getBasePriceAmount(), rt.getCurrency()), rt.getUnits(),
                        calendars.getOrDefault(rt.getRoomTypeId(), List.of())))));
    }

    /**
     * Published hotel packages of published listings in the city that can start within
     * {@code from}..{@code to}: FLEXIBLE any day, WEEKEND_ONLY on a Friday or Saturday, SEASONAL
     * within one of their seasons.
     */
    public List<HotelPackageView> hotelPackages(String city, LocalDate from, LocalDate to) {
        var p = CATALOG_HOTEL_PACKAGE_VIEW;
        var l = CATALOG_LISTING_VIEW;
        return dsl.select(p.fields()).select(l.NAME, l.CITY)
                .from(p).join(l).on(l.LISTING_ID.eq(p.LISTING_ID))
                .where(l.CITY_KEY.eq(cityKey(city)))
                .and(l.STATUS.eq(PUBLISHED))
                .and(p.STATUS.eq(PUBLISHED))
                .orderBy(p.PRICE_AMOUNT, p.TITLE, p.PACKAGE_ID)
                .fetch(row -> {
                    var rec = row.into(p);
                    List<DateRange> seasons = new ArrayList<>();
                    for (int i = 0; i < rec.getSeasonStarts().length; i++) {
                        seasons.add(new DateRange(rec.getSeasonStarts()[i], rec.getSeasonEnds()[i]));
                    }
                    return new HotelPackageView(rec.getPackageId(), rec.getListingId(), row.get(l.NAME),
                            row.get(l.CITY), Arrays.asList(rec.getRoomTypeIds()), rec.getTemplate(), rec.getTitle(),
                            rec.getDescription(), money(rec.getPriceAmount(), rec.getCurrency()), rec.getNights(),
                            Arrays.asList(rec.getInclusions()), rec.getAvailabilityRule(), seasons, rec.getStatus());
                })
                .stream()
                .filter(view -> startsWithin(AvailabilityRule.valueOf(view.availabilityRule()), view.seasons(), from, to))
                .toList();
    }

    static boolean startsWithin(AvailabilityRule rule, List<DateRange> seasons, LocalDate from, LocalDate to) {
        return switch (rule) {
            case FLEXIBLE -> true;
            case WEEKEND_ONLY -> from.datesUntil(to.plusDays(1)).limit(7)
                    .anyMatch(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY || d.getDayOfWeek() == DayOfWeek.SATURDAY);
            case SEASONAL -> seasons.stream().anyMatch(s -> !s.from().isAfter(to) && !s.to().isBefore(from));
        };
    }

    /** Published tour packages in the city with their departures from {@code from} to {@code to} and seats left. */
    public List<TourPackageView> tourPackages(String city, LocalDate from, LocalDate to) {
        var t = CATALOG_TOUR_PACKAGE_VIEW;
        var d = DEPARTURE_VIEW;
        var packages = dsl.selectFrom(t)
                .where(t.CITY_KEY.eq(cityKey(city)))
                .and(t.STATUS.eq(PUBLISHED))
                .orderBy(t.TITLE, t.PACKAGE_ID)
                .fetch();
        Map<String, List<DepartureView>> departures = new LinkedHashMap<>();
        dsl.selectFrom(d)
                .where(d.PACKAGE_ID.in(packages.map(p -> p.getPackageId())))
                .and(d.DEPARTURE_DATE.between(from, to))
                .orderBy(d.DEPARTURE_DATE)
                .forEach(dep -> departures.computeIfAbsent(dep.getPackageId(), k -> new ArrayList<>())
                        .add(new DepartureView(dep.getDepartureId(), dep.getDepartureDate(), dep.getSeats(),
                                Math.max(0, dep.getSeats() - dep.getHeld() - dep.getSold()),
                                money(dep.getPriceAmount(), dep.getCurrency()))));
        return packages.stream()
                .filter(p -> departures.containsKey(p.getPackageId()))
                .map(p -> new TourPackageView(p.getPackageId(), p.getTitle(), p.getDescription(), p.getCity(),
                        p.getDurationDays(), TourPackageCatalogProjection.JSON.readTree(p.getItinerary().data()),
                        TourPackageCatalogProjection.JSON.readTree(p.getPickups().data()), p.getMaxSeats(),
                        p.getStatus(), departures.get(p.getPackageId())))
                .toList();
    }

    /** The providers' own listings, hotel packages and tour packages, optionally in one status; newest first. */
    public List<ProviderProductView> productsOf(Collection<String> providerIds, String status) {
        var l = CATALOG_LISTING_VIEW;
        var p = CATALOG_HOTEL_PACKAGE_VIEW;
        var t = CATALOG_TOUR_PACKAGE_VIEW;
        Condition lStatus = status == null ? DSL.noCondition() : l.STATUS.eq(status);
        Condition pStatus = status == null ? DSL.noCondition() : p.STATUS.eq(status);
        Condition tStatus = status == null ? DSL.noCondition() : t.STATUS.eq(status);
        List<ProviderProductView> products = new ArrayList<>();
        dsl.select(l.LISTING_ID, l.NAME, l.CITY, l.STATUS, l.PAUSE_REASON, l.UPDATED_AT).from(l)
                .where(l.PROVIDER_ID.in(providerIds)).and(lStatus)
                .forEach(r -> products.add(new ProviderProductView("LISTING", r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6().toInstant())));
        dsl.select(p.PACKAGE_ID, p.TITLE, l.CITY, p.STATUS, p.PAUSE_REASON, p.UPDATED_AT).from(p)
                .leftJoin(l).on(l.LISTING_ID.eq(p.LISTING_ID))
                .where(p.PROVIDER_ID.in(providerIds)).and(pStatus)
                .forEach(r -> products.add(new ProviderProductView("HOTEL_PACKAGE", r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6().toInstant())));
        dsl.select(t.PACKAGE_ID, t.TITLE, t.CITY, t.STATUS, t.PAUSE_REASON, t.UPDATED_AT).from(t)
                .where(t.PROVIDER_ID.in(providerIds)).and(tStatus)
                .forEach(r -> products.add(new ProviderProductView("TOUR_PACKAGE", r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6().toInstant())));
        products.sort(Comparator.comparing(ProviderProductView::updatedAt).reversed()
                .thenComparing(ProviderProductView::productId));
        return products;
    }

}
