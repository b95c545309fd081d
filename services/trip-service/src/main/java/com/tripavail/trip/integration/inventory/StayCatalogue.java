package com.tripavail.trip.integration.inventory;

import static com.tripavail.trip.jooq.Tables.STAY_LISTING;
import static com.tripavail.trip.jooq.Tables.STAY_ROOM_TYPE;

import com.tripavail.contracts.Money;
import com.tripavail.contracts.inventory.ListedRoomType;
import com.tripavail.contracts.inventory.ListingChanged;
import com.tripavail.trip.query.search.StaySuggestion;
import com.tripavail.trip.query.search.StaySuggestions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The trip service's copy of inventory's hotel listings, kept from {@code inventory.ListingChanged} (the state
 * of a listing after each change), and the stays a route search suggests from it: the room types of the
 * listings published in a city, cheapest first, at their nightly base price. The copy knows no nightly
 * availability; the booking service's quote and hold decide that.
 */
@Repository
public class StayCatalogue implements StaySuggestions {

    public static final String PUBLISHED = "PUBLISHED";
    static final String STAY = "STAY";
    static final int MOST_SUGGESTIONS = 10;

    private final DSLContext dsl;

    public StayCatalogue(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Keeps the listing as of this change, with exactly its room types, unless a newer change (a higher envelope
     * sequence) is already kept.
     */
    public void listingChanged(ListingChanged e, long sequence) {
        int written = dsl.insertInto(STAY_LISTING)
                .set(STAY_LISTING.LISTING_ID, e.listingId())
                .set(STAY_LISTING.PROVIDER_ID, e.providerId())
                .set(STAY_LISTING.NAME, e.name())
                .set(STAY_LISTING.CITY, e.city())
                .set(STAY_LISTING.COUNTRY_CODE, e.countryCode())
                .set(STAY_LISTING.TIME_ZONE, e.timeZone())
                .set(STAY_LISTING.STATUS, e.status())
                .set(STAY_LISTING.SEQUENCE, sequence)
                .onConflict(STAY_LISTING.LISTING_ID).doUpdate()
                .set(STAY_LISTING.NAME, e.name())
                .set(STAY_LISTING.CITY, e.city())
                .set(STAY_LISTING.COUNTRY_CODE, e.countryCode())
                .set(STAY_LISTING.TIME_ZONE, e.timeZone())
                .set(STAY_LISTING.STATUS, e.status())
                .set(STAY_LISTING.SEQUENCE, sequence)
                .where(STAY_LISTING.SEQUENCE.lt(sequence))
                .execute();
        if (written == 0) {
            return;
        }
        dsl.deleteFrom(STAY_ROOM_TYPE).where(STAY_ROOM_TYPE.LISTING_ID.eq(e.listingId())).execute();
        for (ListedRoomType room : e.roomTypes() == null ? List.<ListedRoomType>of() : e.roomTypes()) {
            dsl.insertInto(STAY_ROOM_TYPE)
                    .set(STAY_ROOM_TYPE.ROOM_TYPE_ID, room.roomTypeId())
                    .set(STAY_ROOM_TYPE.LISTING_ID, e.listingId())
                    .set(STAY_ROOM_TYPE.NAME, room.name())
                    .set(STAY_ROOM_TYPE.CAPACITY, room.capacity())
                    .set(STAY_ROOM_TYPE.BASE_PRICE_AMOUNT, room.basePrice().amount())
                    .set(STAY_ROOM_TYPE.BASE_PRICE_CURRENCY, room.basePrice().currency())
                    .onConflict(STAY_ROOM_TYPE.ROOM_TYPE_ID).doUpdate()
                    .set(STAY_ROOM_TYPE.LISTING_ID, e.listingId())
                    .set(STAY_ROOM_TYPE.NAME, room.name())
                    .set(STAY_ROOM_TYPE.CAPACITY, room.capacity())
                    .set(STAY_ROOM_TYPE.BASE_PRICE_AMOUNT, room.basePrice().amount())
                    .set(STAY_ROOM_TYPE.BASE_PRICE_CURRENCY, room.basePrice().currency())
                    .execute();
        }
    }

    /** The published room types in {@code city} (its name, any case), cheapest first. */
    @Override
    public List<StaySuggestion> inCity(String city, LocalDate checkIn, LocalDate checkOut) {
        if (city == null || city.isBlank()) {
            return List.of();
        }
        return dsl.select(STAY_ROOM_TYPE.ROOM_TYPE_ID, STAY_ROOM_TYPE.NAME, STAY_ROOM_TYPE.BASE_PRICE_AMOUNT,
                        STAY_ROOM_TYPE.BASE_PRICE_CURRENCY, STAY_LISTING.LISTING_ID, STAY_LISTING.NAME,
                        STAY_LISTING.CITY)
                .from(STAY_ROOM_TYPE).join(STAY_LISTING).on(STAY_LISTING.LISTING_ID.eq(STAY_ROOM_TYPE.LISTING_ID))
                .where(STAY_LISTING.STATUS.eq(PUBLISHED)
                        .and(DSL.lower(STAY_LISTING.CITY).eq(city.trim().toLowerCase(Locale.ROOT))))
                .orderBy(STAY_ROOM_TYPE.BASE_PRICE_AMOUNT, STAY_LISTING.NAME, STAY_ROOM_TYPE.ROOM_TYPE_ID)
                .limit(MOST_SUGGESTIONS)
                .fetch(r -> new StaySuggestion(STAY, r.get(STAY_ROOM_TYPE.ROOM_TYPE_ID),
                        r.get(STAY_LISTING.LISTING_ID), r.get(STAY_LISTING.NAME) + " – " + r.get(STAY_ROOM_TYPE.NAME),
                        r.get(STAY_LISTING.CITY), price(r.get(STAY_ROOM_TYPE.BASE_PRICE_AMOUNT),
                                r.get(STAY_ROOM_TYPE.BASE_PRICE_CURRENCY))));
    }

    /** The stored numeric(19,4) without its padding zeros: 2500.0000 is 2500. */
    private static Money price(BigDecimal amount, String currency) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return new Money(stripped.scale() < 0 ? stripped.setScale(0) : stripped, currency);
    }
}
