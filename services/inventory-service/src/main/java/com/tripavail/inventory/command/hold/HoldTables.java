package com.tripavail.inventory.command.hold;

import static com.tripavail.inventory.jooq.Tables.HOLD_DEPARTURE;
import static com.tripavail.inventory.jooq.Tables.HOLD_HOTEL_PACKAGE;
import static com.tripavail.inventory.jooq.Tables.HOLD_PRODUCT_STATUS;
import static com.tripavail.inventory.jooq.Tables.HOLD_REGISTRY;
import static com.tripavail.inventory.jooq.Tables.HOLD_ROOM_TYPE;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.event.AvailabilityRule;
import com.tripavail.inventory.event.DateRange;
import com.tripavail.inventory.event.HotelPackageCreatedEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The command-side tables of holds (migration V20): which calendars and departures exist,
 * who owns them, what is on sale, what a hotel package needs, and which aggregate keeps a hold.
 */
@Component
public class HoldTables {

    public enum Kind { ROOM, SEAT }

    public record RoomTypeOwner(String roomTypeId, String listingId, String providerId) {
    }

    public record DepartureOwner(String departureId, String packageId, String providerId) {
    }

    public record HotelPackage(String packageId, String providerId, String listingId, List<String> roomTypeIds,
                               int nights, AvailabilityRule rule, List<DateRange> seasons, Money pricePerPerson) {
    }

    public record RegisteredHold(String holdId, String aggregateId, Kind kind, String bookingId) {
    }

    private final DSLContext dsl;

    public HoldTables(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- room types -----------------------------------------------------------------------------

    /** @return false if the room type was known already */
    public boolean addRoomType(String roomTypeId, String listingId, String providerId) {
        return dsl.insertInto(HOLD_ROOM_TYPE)
                .set(HOLD_ROOM_TYPE.ROOM_TYPE_ID, roomTypeId)
                .set(HOLD_ROOM_TYPE.LISTING_ID, listingId)
                .set(HOLD_ROOM_TYPE.PROVIDER_ID, providerId)
                .onConflictDoNothing()
                .execute() == 1;
    }

    public Optional<RoomTypeOwner> roomType(String roomTypeId) {
        return dsl.selectFrom(HOLD_ROOM_TYPE).where(HOLD_ROOM_TYPE.ROOM_TYPE_ID.eq(roomTypeId))
                .fetchOptional(r -> new RoomTypeOwner(r.getRoomTypeId(), r.getListingId(), r.getProviderId()));
    }

    public List<String> roomTypesOfListing(String listingId) {
        return dsl.select(HOLD_ROOM_TYPE.ROOM_TYPE_ID).from(HOLD_ROOM_TYPE)
                .where(HOLD_ROOM_TYPE.LISTING_ID.eq(listingId))
                .orderBy(HOLD_ROOM_TYPE.ROOM_TYPE_ID)
                .fetch(HOLD_ROOM_TYPE.ROOM_TYPE_ID);
    }

    // ---- product status -------------------------------------------------------------------------

    public void setStatus(String productId, String kind, String status) {
        dsl.insertInto(HOLD_PRODUCT_STATUS)
                .set(HOLD_PRODUCT_STATUS.PRODUCT_ID, productId)
                .set(HOLD_PRODUCT_STATUS.KIND, kind)
                .set(HOLD_PRODUCT_STATUS.STATUS, status)
                .onConflict(HOLD_PRODUCT_STATUS.PRODUCT_ID)
                .doUpdate().set(HOLD_PRODUCT_STATUS.STATUS, status)
                .execute();
    }

    public boolean isPublished(String productId) {
        return dsl.fetchExists(dsl.selectOne().from(HOLD_PRODUCT_STATUS)
                .where(HOLD_PRODUCT_STATUS.PRODUCT_ID.eq(productId))
                .and(HOLD_PRODUCT_STATUS.STATUS.eq("PUBLISHED")));
    }

    // ---- hotel packages -------------------------------------------------------------------------

    public void addHotelPackage(HotelPackageCreatedEvent event) {
        List<DateRange> seasons = event.seasons() == null ? List.of() : event.seasons();
        dsl.insertInto(HOLD_HOTEL_PACKAGE)
                .set(HOLD_HOTEL_PACKAGE.PACKAGE_ID, event.packageId())
                .set(HOLD_HOTEL_PACKAGE.PROVIDER_ID, event.providerId())
                .set(HOLD_HOTEL_PACKAGE.LISTING_ID, event.listingId())
                .set(HOLD_HOTEL_PACKAGE.ROOM_TYPE_IDS, event.roomTypeIds().toArray(String[]::new))
                .set(HOLD_HOTEL_PACKAGE.NIGHTS, event.nights())
                .set(HOLD_HOTEL_PACKAGE.AVAILABILITY_RULE, event.availabilityRule().name())
                .set(HOLD_HOTEL_PACKAGE.SEASON_STARTS, seasons.stream().map(DateRange::from).toArray(LocalDate[]::new))
                .set(HOLD_HOTEL_PACKAGE.SEASON_ENDS, seasons.stream().map(DateRange::to).toArray(LocalDate[]::new))
                .set(HOLD_HOTEL_PACKAGE.PRICE_AMOUNT, event.pricePerPerson().amount())
                .set(HOLD_HOTEL_PACKAGE.CURRENCY, event.pricePerPerson().currency())
                .onConflictDoNothing()
                .execute();
    }

    public Optional<HotelPackage> hotelPackage(String packageId) {
        return dsl.selectFrom(HOLD_HOTEL_PACKAGE).where(HOLD_HOTEL_PACKAGE.PACKAGE_ID.eq(packageId))
                .fetchOptional(r -> {
                    List<DateRange> seasons = new ArrayList<>();
                    for (int i = 0; i < r.getSeasonStarts().length; i++) {
                        seasons.add(new DateRange(r.getSeasonStarts()[i], r.getSeasonEnds()[i]));
                    }
                    return new HotelPackage(r.getPackageId(), r.getProviderId(), r.getListingId(),
                            Arrays.asList(r.getRoomTypeIds()), r.getNights(),
                            AvailabilityRule.valueOf(r.getAvailabilityRule()), seasons,
                            new Money(r.getPriceAmount(), r.getCurrency()));
                });
    }

    // ---- departures -----------------------------------------------------------------------------

    /** @return false if the departure was known already */
    public boolean addDeparture(String departureId, String packageId, String providerId) {
        return dsl.insertInto(HOLD_DEPARTURE)
                .set(HOLD_DEPARTURE.DEPARTURE_ID, departureId)
                .set(HOLD_DEPARTURE.PACKAGE_ID, packageId)
                .set(HOLD_DEPARTURE.PROVIDER_ID, providerId)
                .onConflictDoNothing()
                .execute() == 1;
    }

    public Optional<DepartureOwner> departure(String departureId) {
        return dsl.selectFrom(HOLD_DEPARTURE).where(HOLD_DEPARTURE.DEPARTURE_ID.eq(departureId))
                .fetchOptional(r -> new DepartureOwner(r.getDepartureId(), r.getPackageId(), r.getProviderId()));
    }

    public List<String> departuresOfPackage(String packageId) {
        return dsl.select(HOLD_DEPARTURE.DEPARTURE_ID).from(HOLD_DEPARTURE)
                .where(HOLD_DEPARTURE.PACKAGE_ID.eq(packageId))
                .orderBy(HOLD_DEPARTURE.DEPARTURE_ID)
                .fetch(HOLD_DEPARTURE.DEPARTURE_ID);
    }

    // ---- hold registry --------------------------------------------------------------------------

    /** Records which aggregate keeps the hold; the first registration of a holdId wins. */
    public RegisteredHold register(String holdId, String aggregateId, Kind kind, String bookingId) {
        return dsl.insertInto(HOLD_REGISTRY)
                .set(HOLD_REGISTRY.HOLD_ID, holdId)
                .set(HOLD_REGISTRY.AGGREGATE_ID, aggregateId)
                .set(HOLD_REGISTRY.KIND, kind.name())
                .set(HOLD_REGISTRY.BOOKING_ID, bookingId)
                .onConflictDoNothing()
                .returning(HOLD_REGISTRY.HOLD_ID)
                .fetchOptional()
                .map(r -> new RegisteredHold(holdId, aggregateId, kind, bookingId))
                .orElseGet(() -> registered(holdId).orElseThrow());
    }

    /**
     * Registers many holds in one statement; the first registration of a holdId wins.
     *
     * @return the holdIds that were registered before (their registration may name another aggregate)
     */
    public java.util.Set<String> registerAll(List<RegisteredHold> holds) {
        if (holds.isEmpty()) {
            return java.util.Set.of();
        }
        var insert = dsl.insertInto(HOLD_REGISTRY, HOLD_REGISTRY.HOLD_ID, HOLD_REGISTRY.AGGREGATE_ID, HOLD_REGISTRY.KIND,
                HOLD_REGISTRY.BOOKING_ID);
        for (RegisteredHold hold : holds) {
            insert = insert.values(hold.holdId(), hold.aggregateId(), hold.kind().name(), hold.bookingId());
        }
        java.util.Set<String> inserted = new java.util.HashSet<>(insert.onConflictDoNothing()
                .returning(HOLD_REGISTRY.HOLD_ID).fetch(HOLD_REGISTRY.HOLD_ID));
        java.util.Set<String> before = new java.util.HashSet<>();
        for (RegisteredHold hold : holds) {
            if (!inserted.contains(hold.holdId())) {
                before.add(hold.holdId());
            }
        }
        return before;
    }

    public Optional<RegisteredHold> registered(String holdId) {
        return dsl.selectFrom(HOLD_REGISTRY).where(HOLD_REGISTRY.HOLD_ID.eq(holdId))
                .fetchOptional(r -> new RegisteredHold(r.getHoldId(), r.getAggregateId(), Kind.valueOf(r.getKind()),
                        r.getBookingId()));
    }
}
