package com.tripavail.inventory.command.hold;

import com.tripavail.inventory.event.HotelPackageArchivedEvent;
import com.tripavail.inventory.event.HotelPackageCreatedEvent;
import com.tripavail.inventory.event.HotelPackagePausedEvent;
import com.tripavail.inventory.event.HotelPackagePublishedEvent;
import com.tripavail.inventory.event.ListingArchivedEvent;
import com.tripavail.inventory.event.ListingCreatedEvent;
import com.tripavail.inventory.event.ListingPausedEvent;
import com.tripavail.inventory.event.ListingPublishedEvent;
import com.tripavail.inventory.event.RoomTypeAddedEvent;
import com.tripavail.inventory.event.RoomTypeUpdatedEvent;
import com.tripavail.inventory.event.TourDepartureScheduledEvent;
import com.tripavail.inventory.event.TourPackageArchivedEvent;
import com.tripavail.inventory.event.TourPackageCreatedEvent;
import com.tripavail.inventory.event.TourPackagePausedEvent;
import com.tripavail.inventory.event.TourPackagePublishedEvent;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Follows the catalogue's events in their own transaction (a subscribing processor): a new
 * room type gets its calendar, a scheduled departure its seats, and publishing, pausing or
 * archiving a listing or tour package makes its calendars or departures saleable or not.
 * Keeps the command-side tables the hold desk routes by.
 */
@Component
@ProcessingGroup(CatalogueFollower.PROCESSING_GROUP)
public class CatalogueFollower {

    public static final String PROCESSING_GROUP = "hold-catalogue";
    private static final String PUBLISHED = "PUBLISHED";

    private final HoldTables tables;
    private final CommandGateway commands;

    public CatalogueFollower(HoldTables tables, CommandGateway commands) {
        this.tables = tables;
        this.commands = commands;
    }

    // ---- listings and their room types -----------------------------------------------------------

    @EventHandler
    void on(ListingCreatedEvent event) {
        tables.setStatus(event.listingId(), "LISTING", "DRAFT");
    }

    @EventHandler
    void on(RoomTypeAddedEvent event) {
        if (!tables.addRoomType(event.roomTypeId(), event.listingId(), event.providerId())) {
            return;
        }
        var details = event.details();
        commands.sendAndWait(new CreateRoomCalendarCommand(event.roomTypeId(), event.listingId(), event.providerId(),
                event.timeZone(), details.capacity(), details.basePrice(), details.units(),
                tables.isPublished(event.listingId()), event.at()));
    }

    @EventHandler
    void on(RoomTypeUpdatedEvent event) {
        var details = event.details();
        commands.sendAndWait(new UpdateRoomCalendarDetailsCommand(event.roomTypeId(), details.capacity(),
                details.basePrice(), details.units(), event.at()));
    }

    @EventHandler
    void on(ListingPublishedEvent event) {
        listing(event.listingId(), PUBLISHED, event.at());
    }

    @EventHandler
    void on(ListingPausedEvent event) {
        listing(event.listingId(), "PAUSED", event.at());
    }

    @EventHandler
    void on(ListingArchivedEvent event) {
        listing(event.listingId(), "ARCHIVED", event.at());
    }

    private void listing(String listingId, String status, Instant at) {
        tables.setStatus(listingId, "LISTING", status);
        for (String roomTypeId : tables.roomTypesOfListing(listingId)) {
            commands.sendAndWait(new ChangeRoomCalendarSaleabilityCommand(roomTypeId, PUBLISHED.equals(status), at));
        }
    }

    // ---- hotel packages ----------------------------------------------------------------------------

    @EventHandler
    void on(HotelPackageCreatedEvent event) {
        tables.addHotelPackage(event);
        tables.setStatus(event.packageId(), "HOTEL_PACKAGE", "DRAFT");
    }

    @EventHandler
    void on(HotelPackagePublishedEvent event) {
        tables.setStatus(event.packageId(), "HOTEL_PACKAGE", PUBLISHED);
    }

    @EventHandler
    void on(HotelPackagePausedEvent event) {
        tables.setStatus(event.packageId(), "HOTEL_PACKAGE", "PAUSED");
    }

    @EventHandler
    void on(HotelPackageArchivedEvent event) {
        tables.setStatus(event.packageId(), "HOTEL_PACKAGE", "ARCHIVED");
    }

    // ---- tour packages and departures ---------------------------------------------------------------

    @EventHandler
    void on(TourPackageCreatedEvent event) {
        tables.setStatus(event.packageId(), "TOUR_PACKAGE", "DRAFT");
    }

    @EventHandler
    void on(TourDepartureScheduledEvent event) {
        if (!tables.addDeparture(event.departureId(), event.packageId(), event.providerId())) {
            return;
        }
        commands.sendAndWait(new CreateDepartureSeatsCommand(event.departureId(), event.packageId(),
                event.providerId(), event.departureDate(), event.seats(), event.pricePerSeat(),
                tables.isPublished(event.packageId()), event.at()));
    }

    @EventHandler
    void on(TourPackagePublishedEvent event) {
        tour(event.packageId(), PUBLISHED, event.at());
    }

    @EventHandler
    void on(TourPackagePausedEvent event) {
        tour(event.packageId(), "PAUSED", event.at());
    }

    @EventHandler
    void on(TourPackageArchivedEvent event) {
        tour(event.packageId(), "ARCHIVED", event.at());
    }

    private void tour(String packageId, String status, Instant at) {
        tables.setStatus(packageId, "TOUR_PACKAGE", status);
        for (String departureId : tables.departuresOfPackage(packageId)) {
            commands.sendAndWait(new ChangeDepartureSaleabilityCommand(departureId, PUBLISHED.equals(status), at));
        }
    }
}
