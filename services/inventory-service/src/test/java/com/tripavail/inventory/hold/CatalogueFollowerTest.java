package com.tripavail.inventory.hold;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.InventoryIntegrationTest;
import com.tripavail.inventory.command.hold.HoldDesk;
import com.tripavail.inventory.command.hold.HoldOutcome;
import com.tripavail.inventory.command.hold.HoldRequest;
import com.tripavail.inventory.command.hold.OpenRoomNightsCommand;
import com.tripavail.inventory.event.AvailabilityRule;
import com.tripavail.inventory.event.DateRange;
import com.tripavail.inventory.event.GeoPoint;
import com.tripavail.inventory.event.HoldRejection;
import com.tripavail.inventory.event.HotelPackageCreatedEvent;
import com.tripavail.inventory.event.HotelPackagePublishedEvent;
import com.tripavail.inventory.event.ListingCreatedEvent;
import com.tripavail.inventory.event.ListingDetails;
import com.tripavail.inventory.event.ListingPausedEvent;
import com.tripavail.inventory.event.ListingPublishedEvent;
import com.tripavail.inventory.event.PackageTemplate;
import com.tripavail.inventory.event.PauseReason;
import com.tripavail.inventory.event.RoomTypeAddedEvent;
import com.tripavail.inventory.event.RoomTypeDetails;
import com.tripavail.inventory.event.TourDepartureScheduledEvent;
import com.tripavail.inventory.event.TourPackageCreatedEvent;
import com.tripavail.inventory.event.TourPackagePausedEvent;
import com.tripavail.inventory.event.TourPackagePublishedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue's events (published here as its aggregates would) create calendars and
 * departures and switch their saleability; hotel package holds follow the package's rules.
 */
@InventoryIntegrationTest
class CatalogueFollowerTest {

    static final Instant AT = Instant.parse("2026-11-01T09:00:00Z");
    /** A Friday. */
    static final LocalDate FRIDAY = LocalDate.of(2027, 6, 4);

    @Autowired
    EventGateway events;
    @Autowired
    CommandGateway commands;
    @Autowired
    HoldDesk desk;

    static HoldRequest stay(String roomTypeId, String holdId) {
        return new HoldRequest(holdId, "b-" + holdId, "STAY", roomTypeId, null, FRIDAY, FRIDAY.plusDays(2), 1, 2);
    }

    @Test
    void roomTypeAdded_getsACalendar_saleableOnlyWhileTheListingIsPublished_andPackagesFollowTheirRules() {
        String provider = HoldTestWorld.id("provider");
        String listing = HoldTestWorld.id("listing");
        String room = HoldTestWorld.id("room");
        String pkg = HoldTestWorld.id("pkg");
        events.publish(new ListingCreatedEvent(listing, provider, new ListingDetails("Lake View", "", "1 Lake Rd",
                "Udaipur", "IN", new GeoPoint(24.58, 73.68), "Asia/Kolkata", LocalTime.of(14, 0), LocalTime.of(11, 0),
                List.of()), AT));
        events.publish(new RoomTypeAddedEvent(listing, room, provider, "Asia/Kolkata",
                new RoomTypeDetails("Deluxe", 2, "1 king", Money.of("3000", "INR"), 4), AT));
        commands.sendAndWait(new OpenRoomNightsCommand(room, FRIDAY, FRIDAY.plusDays(13), null, null, AT));

        assertThat(desk.hold(stay(room, HoldTestWorld.id("h")))).isEqualTo(
                new HoldOutcome.Rejected(HoldRejection.NOT_PUBLISHED, "the listing is not on sale"));

        events.publish(new ListingPublishedEvent(listing, provider, AT));
        assertThat(desk.hold(stay(room, HoldTestWorld.id("h")))).isInstanceOf(HoldOutcome.Held.class);

        events.publish(new HotelPackageCreatedEvent(pkg, provider, listing, List.of(room), PackageTemplate.WEEKEND_GETAWAY,
                "Weekend", "", Money.of("4000", "INR"), 2, List.of("breakfast"), AvailabilityRule.WEEKEND_ONLY,
                List.of(), AT));
        HoldRequest packageHold = new HoldRequest(HoldTestWorld.id("h"), "b", "HOTEL_PACKAGE", pkg, null, FRIDAY, null,
                1, 2);
        assertThat(desk.hold(packageHold)).isInstanceOf(HoldOutcome.Rejected.class)
                .extracting(o -> ((HoldOutcome.Rejected) o).reason()).isEqualTo(HoldRejection.NOT_PUBLISHED);
        events.publish(new HotelPackagePublishedEvent(pkg, provider, AT));
        HoldOutcome packageHeld = desk.hold(new HoldRequest(HoldTestWorld.id("h"), "b", "HOTEL_PACKAGE",
                pkg + HoldRequest.ROOM_TYPE_SEPARATOR + room, null, FRIDAY, null, 1, 2));
        assertThat(packageHeld).isInstanceOf(HoldOutcome.Held.class);
        assertThat(((HoldOutcome.Held) packageHeld).total().amount()).isEqualByComparingTo("8000");
        assertThat(desk.hold(new HoldRequest(HoldTestWorld.id("h"), "b", "HOTEL_PACKAGE", pkg, null,
                FRIDAY.plusDays(3), null, 1, 2)))
                .extracting(o -> ((HoldOutcome.Rejected) o).reason()).isEqualTo(HoldRejection.INVALID_REQUEST);
        assertThat(desk.hold(new HoldRequest(HoldTestWorld.id("h"), "b", "HOTEL_PACKAGE",
                pkg + HoldRequest.ROOM_TYPE_SEPARATOR + "other-room", null, FRIDAY, null, 1, 2)))
                .extracting(o -> ((HoldOutcome.Rejected) o).reason()).isEqualTo(HoldRejection.INVALID_REQUEST);

        events.publish(new ListingPausedEvent(listing, provider, PauseReason.BY_PROVIDER, AT));
        assertThat(desk.hold(stay(room, HoldTestWorld.id("h")))).isEqualTo(
                new HoldOutcome.Rejected(HoldRejection.NOT_PUBLISHED, "the listing is not on sale"));
        // a second RoomTypeAddedEvent for the same room type (redelivered) changes nothing
        events.publish(new RoomTypeAddedEvent(listing, room, provider, "Asia/Kolkata",
                new RoomTypeDetails("Deluxe", 2, "1 king", Money.of("3000", "INR"), 4), AT));
    }

    @Test
    void departureScheduled_getsSeats_saleableWhileTheTourIsPublished() {
        String provider = HoldTestWorld.id("provider");
        String tour = HoldTestWorld.id("tour");
        String departure = HoldTestWorld.id("dep");
        events.publish(new TourPackageCreatedEvent(tour, provider, "Golden Triangle", "", "Delhi", 5, List.of(),
                List.of(), 20, AT));
        events.publish(new TourDepartureScheduledEvent(tour, departure, provider, FRIDAY, 2, Money.of("900", "INR"), AT));
        HoldRequest seats = new HoldRequest(HoldTestWorld.id("h"), "b", "TOUR_PACKAGE", tour, departure, null, null, 2, 2);
        assertThat(desk.hold(seats)).extracting(o -> ((HoldOutcome.Rejected) o).reason())
                .isEqualTo(HoldRejection.NOT_PUBLISHED);
        events.publish(new TourPackagePublishedEvent(tour, provider, AT));
        HoldOutcome held = desk.hold(new HoldRequest(HoldTestWorld.id("h"), "b", "TOUR_PACKAGE", tour, departure, null,
                null, 2, 2));
        assertThat(held).isInstanceOf(HoldOutcome.Held.class);
        assertThat(desk.hold(new HoldRequest(HoldTestWorld.id("h"), "b", "TOUR_PACKAGE", tour, departure, null, null,
                1, 1))).extracting(o -> ((HoldOutcome.Rejected) o).reason()).isEqualTo(HoldRejection.SOLD_OUT);
        events.publish(new TourPackagePausedEvent(tour, provider, PauseReason.PROVIDER_SUSPENDED, AT));
        assertThat(desk.hold(new HoldRequest(HoldTestWorld.id("h"), "b", "TOUR_PACKAGE", tour, departure, null, null,
                1, 1))).extracting(o -> ((HoldOutcome.Rejected) o).reason()).isEqualTo(HoldRejection.NOT_PUBLISHED);
        assertThat(desk.hold(new HoldRequest(HoldTestWorld.id("h"), "b", "TOUR_PACKAGE", "another-tour", departure,
                null, null, 1, 1))).extracting(o -> ((HoldOutcome.Rejected) o).reason())
                .isEqualTo(HoldRejection.UNKNOWN_PRODUCT);
    }
}
