package com.tripavail.booking.query.catalog;

import static com.tripavail.booking.jooq.Tables.CATALOGUE_HOTEL_PACKAGE;
import static com.tripavail.booking.jooq.Tables.CATALOGUE_LISTING;
import static com.tripavail.booking.jooq.Tables.CATALOGUE_ROOM_TYPE;
import static com.tripavail.booking.jooq.Tables.CATALOGUE_TOUR_DEPARTURE;
import static com.tripavail.booking.jooq.Tables.CATALOGUE_TOUR_PACKAGE;
import static com.tripavail.booking.jooq.Tables.PROVIDER_ACCOUNT;

import com.tripavail.contracts.Money;
import com.tripavail.contracts.inventory.HotelPackageChanged;
import com.tripavail.contracts.inventory.ListedRoomType;
import com.tripavail.contracts.inventory.ListingChanged;
import com.tripavail.contracts.inventory.PackageSeason;
import com.tripavail.contracts.inventory.TourDepartureScheduled;
import com.tripavail.contracts.inventory.TourPackageChanged;
import com.tripavail.contracts.onboarding.ProviderRegistered;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What booking can sell and at what base price: its copy of inventory's catalogue, kept from
 * inventory's state-carrying events, and the providers' user accounts from onboarding. A change
 * with a lower envelope sequence than the stored one is older and ignored, so redelivery and
 * reordering across partitions' retries leave the newest state.
 */
@Repository
public class BookableCatalogue {

    public static final String PUBLISHED = "PUBLISHED";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    public BookableCatalogue(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- writes, from Kafka ---------------------------------------------------------------------

    public void providerRegistered(ProviderRegistered e) {
        dsl.insertInto(PROVIDER_ACCOUNT)
                .set(PROVIDER_ACCOUNT.PROVIDER_ID, e.providerId())
                .set(PROVIDER_ACCOUNT.USER_ID, e.userId())
                .set(PROVIDER_ACCOUNT.PROVIDER_TYPE, e.providerType())
                .set(PROVIDER_ACCOUNT.BUSINESS_NAME, e.businessName())
                .set(PROVIDER_ACCOUNT.REGISTERED_AT, e.at().atOffset(java.time.ZoneOffset.UTC))
                .onConflict(PROVIDER_ACCOUNT.PROVIDER_ID).doNothing()
                .execute();
    }

    public void listingChanged(ListingChanged e, long sequence) {
        int written = dsl.insertInto(CATALOGUE_LISTING)
                .set(CATALOGUE_LISTING.LISTING_ID, e.listingId())
                .set(CATALOGUE_LISTING.PROVIDER_ID, e.providerId())
                .set(CATALOGUE_LISTING.NAME, e.name())
                .set(CATALOGUE_LISTING.CITY, e.city())
                .set(CATALOGUE_LISTING.COUNTRY_CODE, e.countryCode())
                .set(CATALOGUE_LISTING.TIME_ZONE, e.timeZone())
                .set(CATALOGUE_LISTING.STATUS, e.status())
                .set(CATALOGUE_LISTING.SEQUENCE, sequence)
                .onConflict(CATALOGUE_LISTING.LISTING_ID).doUpdate()
                .set(CATALOGUE_LISTING.NAME, e.name())
                .set(CATALOGUE_LISTING.CITY, e.city())
                .set(CATALOGUE_LISTING.COUNTRY_CODE, e.countryCode())
                .set(CATALOGUE_LISTING.TIME_ZONE, e.timeZone())
                .set(CATALOGUE_LISTING.STATUS, e.status())
                .set(CATALOGUE_LISTING.SEQUENCE, sequence)
                .where(CATALOGUE_LISTING.SEQUENCE.lt(sequence))
                .execute();
        if (written == 0) {
            return;
        }
        for (ListedRoomType room : e.roomTypes()) {
            dsl.insertInto(CATALOGUE_ROOM_TYPE)
                    .set(CATALOGUE_ROOM_TYPE.ROOM_TYPE_ID, room.roomTypeId())
                    .set(CATALOGUE_ROOM_TYPE.LISTING_ID, e.listingId())
                    .set(CATALOGUE_ROOM_TYPE.NAME, room.name())
                    .set(CATALOGUE_ROOM_TYPE.CAPACITY, room.capacity())
                    .set(CATALOGUE_ROOM_TYPE.BASE_PRICE_AMOUNT, room.basePrice().amount())
                    .set(CATALOGUE_ROOM_TYPE.BASE_PRICE_CURRENCY, room.basePrice().currency())
                    .onConflict(CATALOGUE_ROOM_TYPE.ROOM_TYPE_ID).doUpdate()
                    .set(CATALOGUE_ROOM_TYPE.NAME, room.name())
                    .set(CATALOGUE_ROOM_TYPE.CAPACITY, room.capacity())
                    .set(CATALOGUE_ROOM_TYPE.BASE_PRICE_AMOUNT, room.basePrice().amount())
                    .set(CATALOGUE_ROOM_TYPE.BASE_PRICE_CURRENCY, room.basePrice().currency())
                    .execute();
        }
    }

    public void hotelPackageChanged(HotelPackageChanged e, long sequence) {
        JSONB seasons = JSONB.valueOf(JSON.writeValueAsString(e.seasons() == null ? List.of() : e.seasons()));
        dsl.insertInto(CATALOGUE_HOTEL_PACKAGE)
                .set(CATALOGUE_HOTEL_PACKAGE.PACKAGE_ID, e.packageId())
                .set(CATALOGUE_HOTEL_PACKAGE.PROVIDER_ID, e.providerId())
                .set(CATALOGUE_HOTEL_PACKAGE.LISTING_ID, e.listingId())
                .set(CATALOGUE_HOTEL_PACKAGE.ROOM_TYPE_IDS, e.roomTypeIds().toArray(String[]::new))
                .set(CATALOGUE_HOTEL_PACKAGE.TITLE, e.title())
                .set(CATALOGUE_HOTEL_PACKAGE.PRICE_PER_PERSON_AMOUNT, e.pricePerPerson().amount())
                .set(CATALOGUE_HOTEL_PACKAGE.PRICE_PER_PERSON_CURRENCY, e.pricePerPerson().currency())
                .set(CATALOGUE_HOTEL_PACKAGE.NIGHTS, e.nights())
                .set(CATALOGUE_HOTEL_PACKAGE.AVAILABILITY_RULE, e.availabilityRule())
                .set(CATALOGUE_HOTEL_PACKAGE.SEASONS, seasons)
                .set(CATALOGUE_HOTEL_PACKAGE.STATUS, e.status())
                .set(CATALOGUE_HOTEL_PACKAGE.SEQUENCE, sequence)
                .onConflict(CATALOGUE_HOTEL_PACKAGE.PACKAGE_ID).doUpdate()
                .set(CATALOGUE_HOTEL_PACKAGE.ROOM_TYPE_IDS, e.roomTypeIds().toArray(String[]::new))
                .set(CATALOGUE_HOTEL_PACKAGE.TITLE, e.title())
                .set(CATALOGUE_HOTEL_PACKAGE.PRICE_PER_PERSON_AMOUNT, e.pricePerPerson().amount())
                .set(CATALOGUE_HOTEL_PACKAGE.PRICE_PER_PERSON_CURRENCY, e.pricePerPerson().currency())
                .set(CATALOGUE_HOTEL_PACKAGE.NIGHTS, e.nights())
                .set(CATALOGUE_HOTEL_PACKAGE.AVAILABILITY_RULE, e.availabilityRule())
                .set(CATALOGUE_HOTEL_PACKAGE.SEASONS, seasons)
                .set(CATALOGUE_HOTEL_PACKAGE.STATUS, e.status())
                .set(CATALOGUE_HOTEL_PACKAGE.SEQUENCE, sequence)
                .where(CATALOGUE_HOTEL_PACKAGE.SEQUENCE.lt(sequence))
                .execute();
    }

    public void tourPackageChanged(TourPackageChanged e, long sequence) {
        dsl.insertInto(CATALOGUE_TOUR_PACKAGE)
                .set(CATALOGUE_TOUR_PACKAGE.PACKAGE_ID, e.packageId())
                .set(CATALOGUE_TOUR_PACKAGE.PROVIDER_ID, e.providerId())
                .set(CATALOGUE_TOUR_PACKAGE.TITLE, e.title())
                .set(CATALOGUE_TOUR_PACKAGE.CITY, e.city())
                .set(CATALOGUE_TOUR_PACKAGE.DURATION_DAYS, e.durationDays())
                .set(CATALOGUE_TOUR_PACKAGE.MAX_SEATS, e.maxSeats())
                .set(CATALOGUE_TOUR_PACKAGE.STATUS, e.status())
                .set(CATALOGUE_TOUR_PACKAGE.SEQUENCE, sequence)
                .onConflict(CATALOGUE_TOUR_PACKAGE.PACKAGE_ID).doUpdate()
                .set(CATALOGUE_TOUR_PACKAGE.TITLE, e.title())
                .set(CATALOGUE_TOUR_PACKAGE.CITY, e.city())
                .set(CATALOGUE_TOUR_PACKAGE.DURATION_DAYS, e.durationDays())
                .set(CATALOGUE_TOUR_PACKAGE.MAX_SEATS, e.maxSeats())
                .set(CATALOGUE_TOUR_PACKAGE.STATUS, e.status())
                .set(CATALOGUE_TOUR_PACKAGE.SEQUENCE, sequence)
                .where(CATALOGUE_TOUR_PACKAGE.SEQUENCE.lt(sequence))
                .execute();
    }

    public void departureScheduled(TourDepartureScheduled e) {
        dsl.insertInto(CATALOGUE_TOUR_DEPARTURE)
                .set(CATALOGUE_TOUR_DEPARTURE.DEPARTURE_ID, e.departureId())
                .set(CATALOGUE_TOUR_DEPARTURE.PACKAGE_ID, e.packageId())
                .set(CATALOGUE_TOUR_DEPARTURE.PROVIDER_ID, e.providerId())
                .set(CATALOGUE_TOUR_DEPARTURE.DEPARTURE_DATE, e.departureDate())
                .set(CATALOGUE_TOUR_DEPARTURE.SEATS, e.seats())
                .set(CATALOGUE_TOUR_DEPARTURE.PRICE_PER_SEAT_AMOUNT, e.pricePerSeat().amount())
                .set(CATALOGUE_TOUR_DEPARTURE.PRICE_PER_SEAT_CURRENCY, e.pricePerSeat().currency())
                .onConflict(CATALOGUE_TOUR_DEPARTURE.DEPARTURE_ID).doNothing()
                .execute();
    }

    // ---- reads, for quotes ------------------------------------------------------------------------

    /** A room type with its hotel. */
    public record RoomOffer(String roomTypeId, String roomName, int capacity, Money basePrice, String listingId,
                            String listingName, String providerId, String city, String timeZone, String status) {
    }

    public record HotelPackageOffer(String packageId, String title, String providerId, String listingId,
                                    List<String> roomTypeIds, Money pricePerPerson, int nights,
                                    String availabilityRule, List<PackageSeason> seasons, String status) {
    }

    public record TourOffer(String packageId, String title, String providerId, String city, int durationDays,
                            String status, String departureId, LocalDate departureDate, int seats,
                            Money pricePerSeat) {
    }

    public Optional<RoomOffer> room(String roomTypeId) {
        return dsl.select(CATALOGUE_ROOM_TYPE.ROOM_TYPE_ID, CATALOGUE_ROOM_TYPE.NAME, CATALOGUE_ROOM_TYPE.CAPACITY,
                        CATALOGUE_ROOM_TYPE.BASE_PRICE_AMOUNT, CATALOGUE_ROOM_TYPE.BASE_PRICE_CURRENCY,
                        CATALOGUE_LISTING.LISTING_ID, CATALOGUE_LISTING.NAME, CATALOGUE_LISTING.PROVIDER_ID,
                        CATALOGUE_LISTING.CITY, CATALOGUE_LISTING.TIME_ZONE, CATALOGUE_LISTING.STATUS)
                .from(CATALOGUE_ROOM_TYPE).join(CATALOGUE_LISTING)
                .on(CATALOGUE_LISTING.LISTING_ID.eq(CATALOGUE_ROOM_TYPE.LISTING_ID))
                .where(CATALOGUE_ROOM_TYPE.ROOM_TYPE_ID.eq(roomTypeId))
                .fetchOptional(r -> new RoomOffer(r.value1(), r.value2(), r.value3(),
                        new Money(r.value4(), r.value5()), r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10(), r.value11()));
    }

    public Optional<HotelPackageOffer> hotelPackage(String packageId) {
        return dsl.selectFrom(CATALOGUE_HOTEL_PACKAGE)
                .where(CATALOGUE_HOTEL_PACKAGE.PACKAGE_ID.eq(packageId))
                .fetchOptional(r -> new HotelPackageOffer(r.getPackageId(), r.getTitle(), r.getProviderId(),
                        r.getListingId(), List.of(r.getRoomTypeIds()),
                        new Money(r.getPricePerPersonAmount(), r.getPricePerPersonCurrency()), r.getNights(),
                        r.getAvailabilityRule(), JSON.readValue(r.getSeasons().data(),
                                new TypeReference<List<PackageSeason>>() { }), r.getStatus()));
    }

    public Optional<TourOffer> tourDeparture(String packageId, String departureId) {
        return dsl.select(CATALOGUE_TOUR_PACKAGE.PACKAGE_ID, CATALOGUE_TOUR_PACKAGE.TITLE,
                        CATALOGUE_TOUR_PACKAGE.PROVIDER_ID, CATALOGUE_TOUR_PACKAGE.CITY,
                        CATALOGUE_TOUR_PACKAGE.DURATION_DAYS, CATALOGUE_TOUR_PACKAGE.STATUS,
                        CATALOGUE_TOUR_DEPARTURE.DEPARTURE_ID, CATALOGUE_TOUR_DEPARTURE.DEPARTURE_DATE,
                        CATALOGUE_TOUR_DEPARTURE.SEATS, CATALOGUE_TOUR_DEPARTURE.PRICE_PER_SEAT_AMOUNT,
                        CATALOGUE_TOUR_DEPARTURE.PRICE_PER_SEAT_CURRENCY)
                .from(CATALOGUE_TOUR_DEPARTURE).join(CATALOGUE_TOUR_PACKAGE)
                .on(CATALOGUE_TOUR_PACKAGE.PACKAGE_ID.eq(CATALOGUE_TOUR_DEPARTURE.PACKAGE_ID))
                .where(CATALOGUE_TOUR_DEPARTURE.DEPARTURE_ID.eq(departureId)
                        .and(CATALOGUE_TOUR_DEPARTURE.PACKAGE_ID.eq(packageId)))
                .fetchOptional(r -> new TourOffer(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), new Money(r.value10(), r.value11())));
    }

    public Optional<RoomOffer> listingRoom(String listingId, String roomTypeId) {
        return room(roomTypeId).filter(room -> room.listingId().equals(listingId));
    }

    /** The provider profiles of a user (a user may be a hotel manager and a tour operator). */
    public List<String> providersOf(String userId) {
        return dsl.select(PROVIDER_ACCOUNT.PROVIDER_ID).from(PROVIDER_ACCOUNT)
                .where(PROVIDER_ACCOUNT.USER_ID.eq(userId))
                .fetch(PROVIDER_ACCOUNT.PROVIDER_ID);
    }
}
