package com.tripavail.inventory.query.catalog;

import static com.tripavail.inventory.jooq.Tables.CATALOG_HOTEL_PACKAGE_VIEW;
import static com.tripavail.inventory.query.catalog.ListingCatalogProjection.utc;

import com.tripavail.inventory.event.DateRange;
import com.tripavail.inventory.event.HotelPackageArchivedEvent;
import com.tripavail.inventory.event.HotelPackageCreatedEvent;
import com.tripavail.inventory.event.HotelPackagePausedEvent;
import com.tripavail.inventory.event.HotelPackagePublishedEvent;
import com.tripavail.inventory.event.ProductStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Hotel packages as travellers browse them by city and dates, and providers list them. */
@Component
@ProcessingGroup(HotelPackageCatalogProjection.PROCESSING_GROUP)
public class HotelPackageCatalogProjection {

    public static final String PROCESSING_GROUP = "catalog-hotel-packages";

    private final DSLContext dsl;

    public HotelPackageCatalogProjection(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(HotelPackageCreatedEvent e, @SequenceNumber long sequence) {
        dsl.insertInto(CATALOG_HOTEL_PACKAGE_VIEW)
                .set(CATALOG_HOTEL_PACKAGE_VIEW.PACKAGE_ID, e.packageId())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.PROVIDER_ID, e.providerId())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.LISTING_ID, e.listingId())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.ROOM_TYPE_IDS, e.roomTypeIds().toArray(String[]::new))
                .set(CATALOG_HOTEL_PACKAGE_VIEW.TEMPLATE, e.template().name())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.TITLE, e.title())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.DESCRIPTION, e.description())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.PRICE_AMOUNT, e.pricePerPerson().amount())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.CURRENCY, e.pricePerPerson().currency())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.NIGHTS, e.nights())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.INCLUSIONS, e.inclusions().toArray(String[]::new))
                .set(CATALOG_HOTEL_PACKAGE_VIEW.AVAILABILITY_RULE, e.availabilityRule().name())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.SEASON_STARTS, e.seasons().stream().map(DateRange::from)
                        .toArray(LocalDate[]::new))
                .set(CATALOG_HOTEL_PACKAGE_VIEW.SEASON_ENDS, e.seasons().stream().map(DateRange::to)
                        .toArray(LocalDate[]::new))
                .set(CATALOG_HOTEL_PACKAGE_VIEW.STATUS, ProductStatus.DRAFT.name())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.CREATED_AT, utc(e.at()))
                .set(CATALOG_HOTEL_PACKAGE_VIEW.UPDATED_AT, utc(e.at()))
                .set(CATALOG_HOTEL_PACKAGE_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(HotelPackagePublishedEvent e, @SequenceNumber long sequence) {
        status(e.packageId(), ProductStatus.PUBLISHED, null, sequence, e.at());
    }

    @EventHandler
    void on(HotelPackagePausedEvent e, @SequenceNumber long sequence) {
        status(e.packageId(), ProductStatus.PAUSED, e.reason().name(), sequence, e.at());
    }

    @EventHandler
    void on(HotelPackageArchivedEvent e, @SequenceNumber long sequence) {
        status(e.packageId(), ProductStatus.ARCHIVED, null, sequence, e.at());
    }

    @ResetHandler
    void reset() {
        dsl.deleteFrom(CATALOG_HOTEL_PACKAGE_VIEW).execute();
    }

    private void status(String packageId, ProductStatus status, String pauseReason, long sequence, Instant at) {
        dsl.update(CATALOG_HOTEL_PACKAGE_VIEW)
                .set(CATALOG_HOTEL_PACKAGE_VIEW.STATUS, status.name())
                .set(CATALOG_HOTEL_PACKAGE_VIEW.PAUSE_REASON, pauseReason)
                .set(CATALOG_HOTEL_PACKAGE_VIEW.UPDATED_AT, utc(at))
                .set(CATALOG_HOTEL_PACKAGE_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .where(CATALOG_HOTEL_PACKAGE_VIEW.PACKAGE_ID.eq(packageId))
                .and(CATALOG_HOTEL_PACKAGE_VIEW.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute();
    }
}
