package com.tripavail.inventory.integration.catalog;

import com.tripavail.contracts.inventory.HotelPackageChanged;
import com.tripavail.contracts.inventory.ListedRoomType;
import com.tripavail.contracts.inventory.ListingChanged;
import com.tripavail.contracts.inventory.PackageSeason;
import com.tripavail.contracts.inventory.TourDepartureScheduled;
import com.tripavail.contracts.inventory.TourPackageChanged;
import com.tripavail.inventory.event.HotelPackageArchivedEvent;
import com.tripavail.inventory.event.HotelPackageCreatedEvent;
import com.tripavail.inventory.event.HotelPackagePausedEvent;
import com.tripavail.inventory.event.HotelPackagePublishedEvent;
import com.tripavail.inventory.event.ListingArchivedEvent;
import com.tripavail.inventory.event.ListingCreatedEvent;
import com.tripavail.inventory.event.ListingDetails;
import com.tripavail.inventory.event.ListingDetailsUpdatedEvent;
import com.tripavail.inventory.event.ListingPausedEvent;
import com.tripavail.inventory.event.ListingPublishedEvent;
import com.tripavail.inventory.event.ProductStatus;
import com.tripavail.inventory.event.RoomTypeAddedEvent;
import com.tripavail.inventory.event.RoomTypeUpdatedEvent;
import com.tripavail.inventory.event.TourDepartureScheduledEvent;
import com.tripavail.inventory.event.TourPackageArchivedEvent;
import com.tripavail.inventory.event.TourPackageCreatedEvent;
import com.tripavail.inventory.event.TourPackagePausedEvent;
import com.tripavail.inventory.event.TourPackagePublishedEvent;
import com.tripavail.platform.kafka.PublicEventTranslator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What the catalogue publishes on {@code tripavail.inventory.events}: listings, hotel packages
 * and tour packages as state-carrying {@code …Changed} contracts (what booking needs to price a
 * quote), and each scheduled departure. A product's state at one of its events is folded from
 * its own stream up to that event, so every message carries exactly the state that event
 * produced, in the stream's order.
 */
@Component
public class CatalogEventTranslator implements PublicEventTranslator {

    private final EventStore eventStore;

    public CatalogEventTranslator(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<Object> translate(Object domainEvent) {
        return switch (domainEvent) {
            case ListingCreatedEvent e -> Optional.of(listing(e.listingId(), e));
            case ListingDetailsUpdatedEvent e -> Optional.of(listing(e.listingId(), e));
            case RoomTypeAddedEvent e -> Optional.of(listing(e.listingId(), e));
            case RoomTypeUpdatedEvent e -> Optional.of(listing(e.listingId(), e));
            case ListingPublishedEvent e -> Optional.of(listing(e.listingId(), e));
            case ListingPausedEvent e -> Optional.of(listing(e.listingId(), e));
            case ListingArchivedEvent e -> Optional.of(listing(e.listingId(), e));
            case HotelPackageCreatedEvent e -> Optional.of(hotelPackage(e.packageId(), e));
            case HotelPackagePublishedEvent e -> Optional.of(hotelPackage(e.packageId(), e));
            case HotelPackagePausedEvent e -> Optional.of(hotelPackage(e.packageId(), e));
            case HotelPackageArchivedEvent e -> Optional.of(hotelPackage(e.packageId(), e));
            case TourPackageCreatedEvent e -> Optional.of(tourPackage(e.packageId(), e));
            case TourPackagePublishedEvent e -> Optional.of(tourPackage(e.packageId(), e));
            case TourPackagePausedEvent e -> Optional.of(tourPackage(e.packageId(), e));
            case TourPackageArchivedEvent e -> Optional.of(tourPackage(e.packageId(), e));
            case TourDepartureScheduledEvent e -> Optional.of(new TourDepartureScheduled(e.packageId(),
                    e.departureId(), e.providerId(), e.departureDate(), e.seats(), e.pricePerSeat(), e.at()));
            default -> Optional.empty();
        };
    }

    /** The events of one stream from its first up to (and including) {@code upTo}. */
    private List<Object> historyUpTo(String aggregateId, Object upTo) {
        List<Object> history = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0L);
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            history.add(payload);
            if (payload.equals(upTo)) {
                break;
            }
        }
        if (history.isEmpty() || !history.getLast().equals(upTo)) {
            history.add(upTo);
        }
        return history;
    }

    private ListingChanged listing(String listingId, Object upTo) {
        ListingDetails details = null;
        String providerId = null;
        ProductStatus status = ProductStatus.DRAFT;
        Map<String, ListedRoomType> roomTypes = new LinkedHashMap<>();
        Instant at = null;
        for (Object event : historyUpTo(listingId, upTo)) {
            switch (event) {
                case ListingCreatedEvent e -> {
                    details = e.details();
                    providerId = e.providerId();
                    at = e.at();
                }
                case ListingDetailsUpdatedEvent e -> {
                    details = e.details();
                    at = e.at();
                }
                case RoomTypeAddedEvent e -> {
                    roomTypes.put(e.roomTypeId(), new ListedRoomType(e.roomTypeId(), e.details().name(),
                            e.details().capacity(), e.details().basePrice()));
                    at = e.at();
                }
                case RoomTypeUpdatedEvent e -> {
                    roomTypes.put(e.roomTypeId(), new ListedRoomType(e.roomTypeId(), e.details().name(),
                            e.details().capacity(), e.details().basePrice()));
                    at = e.at();
                }
                case ListingPublishedEvent e -> {
                    status = ProductStatus.PUBLISHED;
                    at = e.at();
                }
                case ListingPausedEvent e -> {
                    status = ProductStatus.PAUSED;
                    at = e.at();
                }
                case ListingArchivedEvent e -> {
                    status = ProductStatus.ARCHIVED;
                    at = e.at();
                }
                default -> {
                }
            }
        }
        if (details == null) {
            throw new IllegalStateException("listing " + listingId + " has no ListingCreatedEvent");
        }
        return new ListingChanged(listingId, providerId, details.name(), details.city(), details.countryCode(),
                details.timeZone(), status.name(), List.copyOf(roomTypes.values()), at);
    }

    private HotelPackageChanged hotelPackage(String packageId, Object upTo) {
        HotelPackageCreatedEvent created = null;
        ProductStatus status = ProductStatus.DRAFT;
        Instant at = null;
        for (Object event : historyUpTo(packageId, upTo)) {
            switch (event) {
                case HotelPackageCreatedEvent e -> {
                    created = e;
                    at = e.at();
                }
                case HotelPackagePublishedEvent e -> {
                    status = ProductStatus.PUBLISHED;
                    at = e.at();
                }
                case HotelPackagePausedEvent e -> {
                    status = ProductStatus.PAUSED;
                    at = e.at();
                }
                case HotelPackageArchivedEvent e -> {
                    status = ProductStatus.ARCHIVED;
                    at = e.at();
                }
                default -> {
                }
            }
        }
        if (created == null) {
            throw new IllegalStateException("hotel package " + packageId + " has no HotelPackageCreatedEvent");
        }
        return new HotelPackageChanged(packageId, created.providerId(), created.listingId(), created.roomTypeIds(),
                created.template().name(), created.title(), created.pricePerPerson(), created.nights(),
                created.availabilityRule().name(),
                created.seasons().stream().map(s -> new PackageSeason(s.from(), s.to())).toList(), status.name(), at);
    }

    private TourPackageChanged tourPackage(String packageId, Object upTo) {
        TourPackageCreatedEvent created = null;
        ProductStatus status = ProductStatus.DRAFT;
        Instant at = null;
        for (Object event : historyUpTo(packageId, upTo)) {
            switch (event) {
                case TourPackageCreatedEvent e -> {
                    created = e;
                    at = e.at();
                }
                case TourPackagePublishedEvent e -> {
                    status = ProductStatus.PUBLISHED;
                    at = e.at();
                }
                case TourPackagePausedEvent e -> {
                    status = ProductStatus.PAUSED;
                    at = e.at();
                }
                case TourPackageArchivedEvent e -> {
                    status = ProductStatus.ARCHIVED;
                    at = e.at();
                }
                default -> {
                }
            }
        }
        if (created == null) {
            throw new IllegalStateException("tour package " + packageId + " has no TourPackageCreatedEvent");
        }
        return new TourPackageChanged(packageId, created.providerId(), created.title(), created.city(),
                created.durationDays(), created.maxSeats(), status.name(), at);
    }
}
