package com.tripavail.inventory.query.catalog;

import static com.tripavail.inventory.jooq.Tables.CATALOG_TOUR_PACKAGE_VIEW;
import static com.tripavail.inventory.query.catalog.ListingCatalogProjection.cityKey;
import static com.tripavail.inventory.query.catalog.ListingCatalogProjection.utc;

import com.tripavail.inventory.event.ProductStatus;
import com.tripavail.inventory.event.TourPackageArchivedEvent;
import com.tripavail.inventory.event.TourPackageCreatedEvent;
import com.tripavail.inventory.event.TourPackagePausedEvent;
import com.tripavail.inventory.event.TourPackagePublishedEvent;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tour packages as travellers browse them by city (their departures and seats left come from
 * {@code departure_view}) and providers list them.
 */
@Component
@ProcessingGroup(TourPackageCatalogProjection.PROCESSING_GROUP)
public class TourPackageCatalogProjection {

    public static final String PROCESSING_GROUP = "catalog-tour-packages";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    public TourPackageCatalogProjection(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(TourPackageCreatedEvent e, @SequenceNumber long sequence) {
        dsl.insertInto(CATALOG_TOUR_PACKAGE_VIEW)
                .set(CATALOG_TOUR_PACKAGE_VIEW.PACKAGE_ID, e.packageId())
                .set(CATALOG_TOUR_PACKAGE_VIEW.PROVIDER_ID, e.providerId())
                .set(CATALOG_TOUR_PACKAGE_VIEW.TITLE, e.title())
                .set(CATALOG_TOUR_PACKAGE_VIEW.DESCRIPTION, e.description())
                .set(CATALOG_TOUR_PACKAGE_VIEW.CITY, e.city())
                .set(CATALOG_TOUR_PACKAGE_VIEW.CITY_KEY, cityKey(e.city()))
                .set(CATALOG_TOUR_PACKAGE_VIEW.DURATION_DAYS, e.durationDays())
                .set(CATALOG_TOUR_PACKAGE_VIEW.ITINERARY, JSONB.valueOf(JSON.writeValueAsString(e.itinerary())))
                .set(CATALOG_TOUR_PACKAGE_VIEW.PICKUPS, JSONB.valueOf(JSON.writeValueAsString(e.pickups())))
                .set(CATALOG_TOUR_PACKAGE_VIEW.MAX_SEATS, e.maxSeats())
                .set(CATALOG_TOUR_PACKAGE_VIEW.STATUS, ProductStatus.DRAFT.name())
                .set(CATALOG_TOUR_PACKAGE_VIEW.CREATED_AT, utc(e.at()))
                .set(CATALOG_TOUR_PACKAGE_VIEW.UPDATED_AT, utc(e.at()))
                .set(CATALOG_TOUR_PACKAGE_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(TourPackagePublishedEvent e, @SequenceNumber long sequence) {
        status(e.packageId(), ProductStatus.PUBLISHED, null, sequence, e.at());
    }

    @EventHandler
    void on(TourPackagePausedEvent e, @SequenceNumber long sequence) {
        status(e.packageId(), ProductStatus.PAUSED, e.reason().name(), sequence, e.at());
    }

    @EventHandler
    void on(TourPackageArchivedEvent e, @SequenceNumber long sequence) {
        status(e.packageId(), ProductStatus.ARCHIVED, null, sequence, e.at());
    }

    @ResetHandler
    void reset() {
        dsl.deleteFrom(CATALOG_TOUR_PACKAGE_VIEW).execute();
    }

    private void status(String packageId, ProductStatus status, String pauseReason, long sequence, Instant at) {
        dsl.update(CATALOG_TOUR_PACKAGE_VIEW)
                .set(CATALOG_TOUR_PACKAGE_VIEW.STATUS, status.name())
                .set(CATALOG_TOUR_PACKAGE_VIEW.PAUSE_REASON, pauseReason)
                .set(CATALOG_TOUR_PACKAGE_VIEW.UPDATED_AT, utc(at))
                .set(CATALOG_TOUR_PACKAGE_VIEW.LAST_EVENT_SEQUENCE, sequence)
                .where(CATALOG_TOUR_PACKAGE_VIEW.PACKAGE_ID.eq(packageId))
                .and(CATALOG_TOUR_PACKAGE_VIEW.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute();
    }
}
