package com.tripavail.inventory.command.catalog;

import static com.tripavail.inventory.command.catalog.CatalogOutcome.accepted;
import static com.tripavail.inventory.command.catalog.CatalogOutcome.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tripavail.inventory.event.ProductStatus;
import com.tripavail.inventory.event.TourDepartureScheduledEvent;
import com.tripavail.inventory.event.TourPackageArchivedEvent;
import com.tripavail.inventory.event.TourPackageCreatedEvent;
import com.tripavail.inventory.event.TourPackagePausedEvent;
import com.tripavail.inventory.event.TourPackagePublishedEvent;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tour operator's multi-day tour and its dated departures: at most one per date, never in
 * the past, never more seats than the tour's maximum. Status follows {@link ProductLifecycle}.
 */
@Aggregate
public class TourPackage {

    @AggregateIdentifier
    private String packageId;
    private String providerId;
    private int maxSeats;
    private ProductStatus status;
    private Set<LocalDate> departureDates = new HashSet<>();

    protected TourPackage() {
        // for Axon
    }

    @CommandHandler
    public TourPackage(CreateTourPackageCommand command) {
        CatalogRules.tourPackage(command).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        apply(new TourPackageCreatedEvent(command.packageId(), command.providerId(), command.title(),
                command.description(), command.city(), command.durationDays(),
                command.itinerary() == null ? List.of() : List.copyOf(command.itinerary()),
                List.copyOf(command.pickups()), command.maxSeats(), command.at()));
    }

    @CommandHandler
    public CatalogOutcome handle(ScheduleTourDepartureCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.editRefusal(status));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (command.departureDate() == null || command.departureDate().isBefore(command.today())) {
            return refused(CatalogRefusal.INVALID_DETAILS, "a departure cannot be in the past", status);
        }
        if (command.seats() < 1 || command.seats() > maxSeats) {
            return refused(CatalogRefusal.INVALID_DETAILS, "seats must be between 1 and the tour's " + maxSeats,
                    status);
        }
        Optional<String> price = CatalogRules.positive(command.pricePerSeat(), "price per seat");
        if (price.isPresent()) {
            return refused(CatalogRefusal.INVALID_DETAILS, price.get(), status);
        }
        if (departureDates.contains(command.departureDate())) {
            return refused(CatalogRefusal.DUPLICATE_DEPARTURE,
                    "the tour already departs on " + command.departureDate(), status);
        }
        apply(new TourDepartureScheduledEvent(packageId, command.departureId(), providerId, command.departureDate(),
                command.seats(), command.pricePerSeat(), command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CatalogOutcome handle(PublishTourPackageCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.publishRefusal(status, command.providerStatus()));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        apply(new TourPackagePublishedEvent(packageId, providerId, command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CatalogOutcome handle(PauseTourPackageCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.pauseRefusal(status, command.reason()));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        apply(new TourPackagePausedEvent(packageId, providerId, command.reason(), command.at()));
        return accepted(status);
    }

    @CommandHandler
    public CatalogOutcome handle(ArchiveTourPackageCommand command) {
        Optional<CatalogOutcome> refusal = ProductLifecycle.ownerRefusal(providerId, command.actingProviderId(), status)
                .or(() -> ProductLifecycle.archiveRefusal(status));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        apply(new TourPackageArchivedEvent(packageId, providerId, command.at()));
        return accepted(status);
    }

    @EventSourcingHandler
    void on(TourPackageCreatedEvent event) {
        packageId = event.packageId();
        providerId = event.providerId();
        maxSeats = event.maxSeats();
        status = ProductStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(TourDepartureScheduledEvent event) {
        departureDates.add(event.departureDate());
    }

    @EventSourcingHandler
    void on(TourPackagePublishedEvent event) {
        status = ProductStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(TourPackagePausedEvent event) {
        status = ProductStatus.PAUSED;
    }

    @EventSourcingHandler
    void on(TourPackageArchivedEvent event) {
        status = ProductStatus.ARCHIVED;
    }
}
