package com.tripavail.inventory.query.catalog;

import static com.tripavail.inventory.jooq.Tables.CATALOG_LISTING_VIEW;
import static com.tripavail.inventory.jooq.Tables.CATALOG_ROOM_TYPE_VIEW;

import com.tripavail.inventory.event.ListingArchivedEvent;
import com.tripavail.inventory.event.ListingCreatedEvent;
import com.tripavail.inventory.event.ListingDetails;
import com.tripavail.inventory.event.ListingDetailsUpdatedEvent;
import com.tripavail.inventory.event.ListingPausedEvent;
import com.tripavail.inventory.event.ListingPublishedEvent;
import com.tripavail.inventory.event.ProductStatus;
import com.tripavail.inventory.event.RoomTypeAddedEvent;
import com.tripavail.inventory.event.RoomTypeDetails;
import com.tripavail.inventory.event.RoomTypeUpdatedEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/**
 * Listings and their room types as travellers search them and providers list them. The
 * listing row remembers the sequence number of the last event of the listing applied (room
 * type events included), so a redelivered event changes nothing twice.
 */
@Component
@ProcessingGroup(ListingCatalogProjection.PROCESSING_GROUP)
public class ListingCatalogProjection {

    public static final String PROCESSING_GROUP = "catalog-listings";

    private final DSLContext dsl;

    public ListingCatalogProjection(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(ListingCreatedEvent event, @SequenceNumber long sequence) {
        dsl.insertInto(CATALOG_LISTING_VIEW)
                .set(CATALOG_LISTING_VIEW.LISTING_ID, event.listingId())
                .set(CATALOG_LISTING_VIEW.PROVIDER_ID, event.providerId())
                .set(detailColumns(event.details()))
                .set(CATALOG_LISTING_VIEW.STATUS, ProductStatus.DRAFT.name())
                .set(CATALOG_LISTING_VIEW.CREATED_AT, utc(event.at()))
                .set(CATALOG_LISTING_VIEW.UPDATED_AT, utc(event.at()))
                .set(CATALOG_LISTING_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(ListingDetailsUpdatedEvent event, @SequenceNumber long sequence) {
        dsl.update(CATALOG_LISTING_VIEW)
                .set(detailColumns(event.details()))
                .set(CATALOG_LISTING_VIEW.UPDATED_AT, utc(event.at()))
                .set(CATALOG_LISTING_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .where(CATALOG_LISTING_VIEW.LISTING_ID.eq(event.listingId()))
                .and(CATALOG_LISTING_VIEW.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute();
    }

    @EventHandler
    void on(RoomTypeAddedEvent event, @SequenceNumber long sequence) {
        if (advance(event.listingId(), sequence, event.at())) {
            upsertRoomType(event.listingId(), event.roomTypeId(), event.details(), event.at());
        }
    }

    @EventHandler
    void on(RoomTypeUpdatedEvent event, @SequenceNumber long sequence) {
        if (advance(event.listingId(), sequence, event.at())) {
            upsertRoomType(event.listingId(), event.roomTypeId(), event.details(), event.at());
        }
    }

    @EventHandler
    void on(ListingPublishedEvent event, @SequenceNumber long sequence) {
        status(event.listingId(), ProductStatus.PUBLISHED, null, sequence, event.at());
    }

    @EventHandler
    void on(ListingPausedEvent event, @SequenceNumber long sequence) {
        status(event.listingId(), ProductStatus.PAUSED, event.reason().name(), sequence, event.at());
    }

    @EventHandler
    void on(ListingArchivedEvent event, @SequenceNumber long sequence) {
        status(event.listingId(), ProductStatus.ARCHIVED, null, sequence, event.at());
    }

    @ResetHandler
    void reset() {
        dsl.deleteFrom(CATALOG_ROOM_TYPE_VIEW).execute();
        dsl.deleteFrom(CATALOG_LISTING_VIEW).execute();
    }

    private boolean advance(String listingId, long sequence, Instant at) {
        return dsl.update(CATALOG_LISTING_VIEW)
                .set(CATALOG_LISTING_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .set(CATALOG_LISTING_VIEW.UPDATED_AT, utc(at))
                .where(CATALOG_LISTING_VIEW.LISTING_ID.eq(listingId))
                .and(CATALOG_LISTING_VIEW.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute() == 1;
    }

    private void status(String listingId, ProductStatus status, String pauseReason, long sequence, Instant at) {
        dsl.update(CATALOG_LISTING_VIEW)
                .set(CATALOG_LISTING_VIEW.STATUS, status.name())
                .set(CATALOG_LISTING_VIEW.PAUSE_REASON, pauseReason)
                .set(CATALOG_LISTING_VIEW.UPDATED_AT, utc(at))
                .set(CATALOG_LISTING_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .where(CATALOG_LISTING_VIEW.LISTING_ID.eq(listingId))
                .and(CATALOG_LISTING_VIEW.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute();
    }

    private void upsertRoomType(String listingId, String roomTypeId, RoomTypeDetails d, Instant at) {
        dsl.insertInto(CATALOG_ROOM_TYPE_VIEW)
                .set(CATALOG_ROOM_TYPE_VIEW.ROOM_TYPE_ID, roomTypeId)
                .set(CATALOG_ROOM_TYPE_VIEW.LISTING_ID, listingId)
                .set(CATALOG_ROOM_TYPE_VIEW.NAME, d.name())
                .set(CATALOG_ROOM_TYPE_VIEW.CAPACITY, d.capacity())
                .set(CATALOG_ROOM_TYPE_VIEW.BED_CONFIGURATION, d.bedConfiguration())
                .set(CATALOG_ROOM_TYPE_VIEW.BASE_PRICE_AMOUNT, d.basePrice().amount())
                .set(CATALOG_ROOM_TYPE_VIEW.CURRENCY, d.basePrice().currency())
                .set(CATALOG_ROOM_TYPE_VIEW.UNITS, d.units())
                .set(CATALOG_ROOM_TYPE_VIEW.UPDATED_AT, utc(at))
                .onConflict(CATALOG_ROOM_TYPE_VIEW.ROOM_TYPE_ID)
                .doUpdate()
                .set(CATALOG_ROOM_TYPE_VIEW.NAME, d.name())
                .set(CATALOG_ROOM_TYPE_VIEW.CAPACITY, d.capacity())
                .set(CATALOG_ROOM_TYPE_VIEW.BED_CONFIGURATION, d.bedConfiguration())
                .set(CATALOG_ROOM_TYPE_VIEW.BASE_PRICE_AMOUNT, d.basePrice().amount())
                .set(CATALOG_ROOM_TYPE_VIEW.CURRENCY, d.basePrice().currency())
                .set(CATALOG_ROOM_TYPE_VIEW.UNITS, d.units())
                .set(CATALOG_ROOM_TYPE_VIEW.UPDATED_AT, utc(at))
                .execute();
    }

    static String cityKey(String city) {
        return city.strip().toLowerCase(Locale.ROOT);
    }

    /** The columns a listing's details fill, the same on creation and on update. */
    private static Map<Field<?>, Object> detailColumns(ListingDetails d) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(CATALOG_LISTING_VIEW.NAME, d.name());
        columns.put(CATALOG_LISTING_VIEW.DESCRIPTION, d.description());
        columns.put(CATALOG_LISTING_VIEW.ADDRESS_LINE, d.addressLine());
        columns.put(CATALOG_LISTING_VIEW.CITY, d.city());
        columns.put(CATALOG_LISTING_VIEW.CITY_KEY, cityKey(d.city()));
        columns.put(CATALOG_LISTING_VIEW.COUNTRY_CODE, d.countryCode());
        columns.put(CATALOG_LISTING_VIEW.LATITUDE, d.location() == null ? null : d.location().latitude());
        columns.put(CATALOG_LISTING_VIEW.LONGITUDE, d.location() == null ? null : d.location().longitude());
        columns.put(CATALOG_LISTING_VIEW.TIME_ZONE, d.timeZone());
        columns.put(CATALOG_LISTING_VIEW.CHECK_IN_TIME, d.checkInTime());
        columns.put(CATALOG_LISTING_VIEW.CHECK_OUT_TIME, d.checkOutTime());
        columns.put(CATALOG_LISTING_VIEW.AMENITIES, amenities(d));
        return columns;
    }

    private static String[] amenities(ListingDetails d) {
        return d.amenities() == null ? new String[0] : d.amenities().toArray(String[]::new);
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

}
