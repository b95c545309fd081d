package com.tripavail.inventory.command.catalog;

import static com.tripavail.inventory.jooq.Tables.CATALOG_PRODUCT;
import static com.tripavail.inventory.jooq.Tables.CATALOG_ROOM_TYPE;

import com.tripavail.inventory.event.HotelPackageArchivedEvent;
import com.tripavail.inventory.event.HotelPackageCreatedEvent;
import com.tripavail.inventory.event.HotelPackagePausedEvent;
import com.tripavail.inventory.event.HotelPackagePublishedEvent;
import com.tripavail.inventory.event.ListingArchivedEvent;
import com.tripavail.inventory.event.ListingCreatedEvent;
import com.tripavail.inventory.event.ListingPausedEvent;
import com.tripavail.inventory.event.ListingPublishedEvent;
import com.tripavail.inventory.event.ProductStatus;
import com.tripavail.inventory.event.RoomTypeAddedEvent;
import com.tripavail.inventory.event.TourPackageArchivedEvent;
import com.tripavail.inventory.event.TourPackageCreatedEvent;
import com.tripavail.inventory.event.TourPackagePausedEvent;
import com.tripavail.inventory.event.TourPackagePublishedEvent;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Who owns which product and in what status, for the command side: written by a subscribing
 * processor in the transaction of the product's own events, so it is never behind. Senders
 * use it for ownership (404 for others' products), for a hotel package's listing and room
 * types, and to find what a suspension must pause.
 */
@Component
@ProcessingGroup(CatalogProductIndex.PROCESSING_GROUP)
public class CatalogProductIndex {

    public static final String PROCESSING_GROUP = "catalog-product-index";

    public enum Kind { LISTING, HOTEL_PACKAGE, TOUR_PACKAGE }

    public record Product(String productId, Kind kind, String providerId, String listingId, ProductStatus status) {
    }

    private final DSLContext dsl;

    public CatalogProductIndex(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Product> find(String productId, Kind kind) {
        return dsl.selectFrom(CATALOG_PRODUCT)
                .where(CATALOG_PRODUCT.PRODUCT_ID.eq(productId))
                .and(CATALOG_PRODUCT.KIND.eq(kind.name()))
                .fetchOptional(r -> new Product(r.getProductId(), Kind.valueOf(r.getKind()), r.getProviderId(),
                        r.getListingId(), ProductStatus.valueOf(r.getStatus())));
    }

    public List<Product> ofProvider(String providerId, ProductStatus status) {
        return dsl.selectFrom(CATALOG_PRODUCT)
                .where(CATALOG_PRODUCT.PROVIDER_ID.eq(providerId))
                .and(CATALOG_PRODUCT.STATUS.eq(status.name()))
                .orderBy(CATALOG_PRODUCT.PRODUCT_ID)
                .fetch(r -> new Product(r.getProductId(), Kind.valueOf(r.getKind()), r.getProviderId(),
                        r.getListingId(), ProductStatus.valueOf(r.getStatus())));
    }

    /** The ids among {@code roomTypeIds} that are not room types of the listing. */
    public List<String> foreignRoomTypes(String listingId, List<String> roomTypeIds) {
        List<String> known = dsl.select(CATALOG_ROOM_TYPE.ROOM_TYPE_ID).from(CATALOG_ROOM_TYPE)
                .where(CATALOG_ROOM_TYPE.LISTING_ID.eq(listingId))
                .and(CATALOG_ROOM_TYPE.ROOM_TYPE_ID.in(roomTypeIds))
                .fetch(CATALOG_ROOM_TYPE.ROOM_TYPE_ID);
        return roomTypeIds.stream().filter(id -> !known.contains(id)).distinct().toList();
    }

    @EventHandler
    void on(ListingCreatedEvent event) {
        created(event.listingId(), Kind.LISTING, event.providerId(), event.listingId());
    }

    @EventHandler
    void on(RoomTypeAddedEvent event) {
        dsl.insertInto(CATALOG_ROOM_TYPE)
                .set(CATALOG_ROOM_TYPE.ROOM_TYPE_ID, event.roomTypeId())
                .set(CATALOG_ROOM_TYPE.LISTING_ID, event.listingId())
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(HotelPackageCreatedEvent event) {
        created(event.packageId(), Kind.HOTEL_PACKAGE, event.providerId(), event.listingId());
    }

    @EventHandler
    void on(TourPackageCreatedEvent event) {
        created(event.packageId(), Kind.TOUR_PACKAGE, event.providerId(), null);
    }

    @EventHandler
    void on(ListingPublishedEvent event) {
        status(event.listingId(), ProductStatus.PUBLISHED);
    }

    @EventHandler
    void on(ListingPausedEvent event) {
        status(event.listingId(), ProductStatus.PAUSED);
    }

    @EventHandler
    void on(ListingArchivedEvent event) {
        status(event.listingId(), ProductStatus.ARCHIVED);
    }

    @EventHandler
    void on(HotelPackagePublishedEvent event) {
        status(event.packageId(), ProductStatus.PUBLISHED);
    }

    @EventHandler
    void on(HotelPackagePausedEvent event) {
        status(event.packageId(), ProductStatus.PAUSED);
    }

    @EventHandler
    void on(HotelPackageArchivedEvent event) {
        status(event.packageId(), ProductStatus.ARCHIVED);
    }

    @EventHandler
    void on(TourPackagePublishedEvent event) {
        status(event.packageId(), ProductStatus.PUBLISHED);
    }

    @EventHandler
    void on(TourPackagePausedEvent event) {
        status(event.packageId(), ProductStatus.PAUSED);
    }

    @EventHandler
    void on(TourPackageArchivedEvent event) {
        status(event.packageId(), ProductStatus.ARCHIVED);
    }

    private void created(String productId, Kind kind, String providerId, String listingId) {
        dsl.insertInto(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.PRODUCT_ID, productId)
                .set(CATALOG_PRODUCT.KIND, kind.name())
                .set(CATALOG_PRODUCT.PROVIDER_ID, providerId)
                .set(CATALOG_PRODUCT.LISTING_ID, listingId)
                .set(CATALOG_PRODUCT.STATUS, ProductStatus.DRAFT.name())
                .onConflictDoNothing()
                .execute();
    }

    private void status(String productId, ProductStatus status) {
        dsl.update(CATALOG_PRODUCT).set(CATALOG_PRODUCT.STATUS, status.name())
                .where(CATALOG_PRODUCT.PRODUCT_ID.eq(productId))
                .execute();
    }
}
