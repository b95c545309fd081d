package com.tripavail.inventory.command.catalog;

import static com.tripavail.inventory.command.catalog.CatalogOutcome.accepted;
import static com.tripavail.inventory.command.catalog.CatalogOutcome.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tripavail.inventory.event.HotelPackageArchivedEvent;
import com.tripavail.inventory.event.HotelPackageCreatedEvent;
import com.tripavail.inventory.event.HotelPackagePausedEvent;
import com.tripavail.inventory.event.HotelPackagePublishedEvent;
import com.tripavail.inventory.event.ProductStatus;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A template-based package of nights in one listing's room types, priced per person. Its
 * status follows {@link ProductLifecycle}; publishing also needs the listing PUBLISHED.
 */
@Aggregate
public class HotelPackage {

    @AggregateIdentifier
    private String packageId;
    private String providerId;
    private ProductStatus status;

    protected HotelPackage() {
        // for Axon
    }

    @CommandHandler
    public HotelPackage(CreateHotelPackageCommand command) {
        CatalogRules.hotelPackage(command).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        apply(new HotelPackageCreatedEvent(command.packageId(), command.providerId(), command.listingId(),
                List.copyOf(command.roomTypeIds()), command.template(), command.title(), command.description(),
                command.pricePerPerson(), command.nights(),
                command.inclusions() == null ? List.of() : List.copyOf(command.inclusions()),
                command.availabilityRule(), command.seasons() == null ? List.of() : List.copyOf(command.seasons()),
                command.at()));
    }

    @CommandHandler
    public CatalogOutcome handle(PublishHotelPackageCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.publishRefusal(status, command.providerStatus()));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (command.listingStatus() != ProductStatus.PUBLISHED) {
            return refused(CatalogRefusal.LISTING_NOT_PUBLISHED,
                    "the package's listing must be PUBLISHED; it is " + command.listingStatus(), status);
        }
        apply(new HotelPackagePublishedEvent(packageId, providerId, command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CatalogOutcome handle(PauseHotelPackageCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.pauseRefusal(status, command.reason()));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        apply(new HotelPackagePausedEvent(packageId, providerId, command.reason(), command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CatalogOutcome handle(ArchiveHotelPackageCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.archiveRefusal(status));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        apply(new HotelPackageArchivedEvent(packageId, providerId, command.at()));
        return accepted(status);
    }

    @EventSourcingHandler
    void on(HotelPackageCreatedEvent event) {
        packageId = event.packageId();
        providerId = event.providerId();
        status = ProductStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(HotelPackagePublishedEvent event) {
        status = ProductStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(HotelPackagePausedEvent event) {
        status = ProductStatus.PAUSED;
    }

    @EventSourcingHandler
    void on(HotelPackageArchivedEvent event) {
        status = ProductStatus.ARCHIVED;
    }
}
