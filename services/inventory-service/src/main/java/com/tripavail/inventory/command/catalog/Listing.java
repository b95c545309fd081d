package com.tripavail.inventory.command.catalog;

import static com.tripavail.inventory.command.catalog.CatalogOutcome.accepted;
import static com.tripavail.inventory.command.catalog.CatalogOutcome.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tripavail.inventory.event.ListingArchivedEvent;
import com.tripavail.inventory.event.ListingCreatedEvent;
import com.tripavail.inventory.event.ListingDetailsUpdatedEvent;
import com.tripavail.inventory.event.ListingPausedEvent;
import com.tripavail.inventory.event.ListingPublishedEvent;
import com.tripavail.inventory.event.ProductStatus;
import com.tripavail.inventory.event.RoomTypeAddedEvent;
import com.tripavail.inventory.event.RoomTypeDetails;
import com.tripavail.inventory.event.RoomTypeUpdatedEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A hotel property of one hotel manager, with its room types. DRAFT → PUBLISHED → PAUSED /
 * ARCHIVED ({@link ProductLifecycle}); publishing also needs a room type. Room types of a
 * listing share one currency, and a listing's time zone is fixed once it has room types
 * (their calendars' nights are dates there).
 */
@Aggregate(snapshotTriggerDefinition = "catalogListingSnapshotTrigger")
public class Listing {

    @AggregateIdentifier
    private String listingId;
    private String providerId;
    private String timeZone;
    private ProductStatus status;
    private Map<String, RoomTypeDetails> roomTypes = new LinkedHashMap<>();

    protected Listing() {
        // for Axon
    }

    @CommandHandler
    public Listing(CreateListingCommand command) {
        CatalogRules.listingDetails(command.details()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        apply(new ListingCreatedEvent(command.listingId(), command.providerId(), command.details(), command.at()));
    }

    @CommandHandler
    public CatalogOutcome handle(UpdateListingDetailsCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.editRefusal(status));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Optional<String> problem = CatalogRules.listingDetails(command.details());
        if (problem.isPresent()) {
            return refused(CatalogRefusal.INVALID_DETAILS, problem.get(), status);
        }
        if (!roomTypes.isEmpty() && !timeZone.equals(command.details().timeZone())) {
            return refused(CatalogRefusal.INVALID_DETAILS, "the time zone cannot change once the listing has room types",
                    status);
        }
        apply(new ListingDetailsUpdatedEvent(listingId, providerId, command.details(), command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CatalogOutcome handle(AddRoomTypeCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.editRefusal(status))
                .or(() -> roomTypeRefusal(null, command.details()));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (roomTypes.containsKey(command.roomTypeId())) {
            return refused(CatalogRefusal.INVALID_DETAILS, "room type " + command.roomTypeId() + " exists", status);
        }
        apply(new RoomTypeAddedEvent(listingId, command.roomTypeId(), providerId, timeZone, command.details(),
                command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CatalogOutcome handle(UpdateRoomTypeCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.editRefusal(status));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (!roomTypes.containsKey(command.roomTypeId())) {
            return refused(CatalogRefusal.NOT_OWNER, "no room type " + command.roomTypeId() + " in this listing",
                    status);
        }
        Optional<CatalogOutcome> invalid = roomTypeRefusal(command.roomTypeId(), command.details());
        if (invalid.isPresent()) {
            return invalid.get();
        }
        apply(new RoomTypeUpdatedEvent(listingId, command.roomTypeId(), providerId, command.details(), command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CatalogOutcome handle(PublishListingCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.publishRefusal(status, command.providerStatus()));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (roomTypes.isEmpty()) {
            return refused(CatalogRefusal.NO_ROOM_TYPES, "a listing needs a room type before it is published", status);
        }
        apply(new ListingPublishedEvent(listingId, providerId, command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CatalogOutcome handle(PauseListingCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.pauseRefusal(status, command.reason()));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        apply(new ListingPausedEvent(listingId, providerId, command.reason(), command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CatalogOutcome handle(ArchiveListingCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.archiveRefusal(status));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        apply(new ListingArchivedEvent(listingId, providerId, command.at()));
        return accepted(status);
    }

    private Optional<CatalogOutcome> roomTypeRefusal(String roomTypeId, RoomTypeDetails details) {
        Optional<String> problem = CatalogRules.roomType(details);
        if (problem.isPresent()) {
            return Optional.of(refused(CatalogRefusal.INVALID_DETAILS, problem.get(), status));
        }
        for (Map.Entry<String, RoomTypeDetails> other : roomTypes.entrySet()) {
            if (other.getKey().equals(roomTypeId)) {
                continue;
            }
            if (other.getValue().name().equalsIgnoreCase(details.name().strip())) {
                return Optional.of(refused(CatalogRefusal.INVALID_DETAILS,
                        "the listing already has a room type named " + details.name(), status));
            }
            if (!other.getValue().basePrice().currency().equals(details.basePrice().currency())) {
                return Optional.of(refused(CatalogRefusal.INVALID_DETAILS, "room types of a listing share one currency: "
                        + other.getValue().basePrice().currency(), status));
            }
        }
        return Optional.empty();
    }

    @EventSourcingHandler
    void on(ListingCreatedEvent event) {
        listingId = event.listingId();
        providerId = event.providerId();
        timeZone = event.details().timeZone();
        status = ProductStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ListingDetailsUpdatedEvent event) {
        timeZone = event.details().timeZone();
    }

    @EventSourcingHandler
    void on(RoomTypeAddedEvent event) {
        roomTypes.put(event.roomTypeId(), event.details());
    }

    @EventSourcingHandler
    void on(RoomTypeUpdatedEvent event) {
        roomTypes.put(event.roomTypeId(), event.details());
    }

    @EventSourcingHandler
    void on(ListingPublishedEvent event) {
        status = ProductStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(ListingPausedEvent event) {
        status = ProductStatus.PAUSED;
    }

    @EventSourcingHandler
    void on(ListingArchivedEvent event) {
        status = ProductStatus.ARCHIVED;
    }
}
