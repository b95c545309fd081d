package com.tripavail.inventory.catalog;

import static org.axonframework.test.matchers.Matchers.predicate;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.command.catalog.AddRoomTypeCommand;
import com.tripavail.inventory.command.catalog.ArchiveListingCommand;
import com.tripavail.inventory.command.catalog.CatalogOutcome;
import com.tripavail.inventory.command.catalog.CatalogRefusal;
import com.tripavail.inventory.command.catalog.CreateListingCommand;
import com.tripavail.inventory.command.catalog.Listing;
import com.tripavail.inventory.command.catalog.PauseListingCommand;
import com.tripavail.inventory.command.catalog.PublishListingCommand;
import com.tripavail.inventory.command.catalog.UpdateListingDetailsCommand;
import com.tripavail.inventory.command.catalog.UpdateRoomTypeCommand;
import com.tripavail.inventory.event.GeoPoint;
import com.tripavail.inventory.event.ListingArchivedEvent;
import com.tripavail.inventory.event.ListingCreatedEvent;
import com.tripavail.inventory.event.ListingDetails;
import com.tripavail.inventory.event.ListingDetailsUpdatedEvent;
import com.tripavail.inventory.event.ListingPausedEvent;
import com.tripavail.inventory.event.ListingPublishedEvent;
import com.tripavail.inventory.event.PauseReason;
import com.tripavail.inventory.event.ProductStatus;
import com.tripavail.inventory.event.RoomTypeAddedEvent;
import com.tripavail.inventory.event.RoomTypeDetails;
import com.tripavail.inventory.event.RoomTypeUpdatedEvent;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of a listing: details, room types, the publishing gate, pause and archive. */
class ListingTest {

    static final String LISTING = "listing-1";
    static final String OWNER = "provider-1";
    static final String OTHER = "provider-2";
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    static final ListingDetails DETAILS = new ListingDetails("Lake View", "By the lake", "1 Lake Rd", "Udaipur", "IN",
            new GeoPoint(24.58, 73.68), "Asia/Kolkata", LocalTime.of(14, 0), LocalTime.of(11, 0), List.of("wifi"));
    static final RoomTypeDetails DELUXE = new RoomTypeDetails("Deluxe", 2, "1 king", Money.of("4500.00", "INR"), 5);
    static final RoomTypeDetails SUITE = new RoomTypeDetails("Suite", 4, "2 queens", Money.of("9000.00", "INR"), 2);

    private FixtureConfiguration<Listing> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Listing.class);
    }

    static ListingCreatedEvent created() {
        return new ListingCreatedEvent(LISTING, OWNER, DETAILS, T0);
    }

    static RoomTypeAddedEvent deluxeAdded() {
        return new RoomTypeAddedEvent(LISTING, "room-1", OWNER, "Asia/Kolkata", DELUXE, T0);
    }

    private static org.hamcrest.Matcher<?> refused(CatalogRefusal reason) {
        return predicate(result -> result instanceof CatalogOutcome.Refused r && r.reason() == reason);
    }

    private static org.hamcrest.Matcher<?> acceptedAs(ProductStatus status) {
        return predicate(result -> result instanceof CatalogOutcome.Accepted a && a.status() == status);
    }

    @Test
    void givenNothing_whenCreateListing_thenListingCreatedAsDraft() {
        fixture.givenNoPriorActivity()
                .when(new CreateListingCommand(LISTING, OWNER, DETAILS, T0))
                .expectEvents(created());
    }

    @Test
    void givenNothing_whenCreateListingWithUnknownTimeZone_thenFailsAndNothingHappens() {
        var bad = new ListingDetails("Lake View", null, null, "Udaipur", "IN", null, "Mars/Olympus", null, null,
                List.of());
        fixture.givenNoPriorActivity()
                .when(new CreateListingCommand(LISTING, OWNER, bad, T0))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenDraft_whenOwnerUpdatesDetails_thenDetailsUpdated() {
        var renamed = new ListingDetails("Lake Palace", null, null, "Udaipur", "IN", null, "Asia/Kolkata", null, null,
                List.of());
        fixture.given(created())
                .when(new UpdateListingDetailsCommand(LISTING, OWNER, renamed, NOW))
                .expectEvents(new ListingDetailsUpdatedEvent(LISTING, OWNER, renamed, NOW));
    }

    @Test
    void givenRoomTypes_whenTimeZoneChanges_thenRefusedAsInvalid() {
        var moved = new ListingDetails("Lake View", null, null, "Udaipur", "IN", null, "Europe/Paris", null, null,
                List.of());
        fixture.given(created(), deluxeAdded())
                .when(new UpdateListingDetailsCommand(LISTING, OWNER, moved, NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.INVALID_DETAILS))
                .expectNoEvents();
    }

    @Test
    void givenListing_whenAnotherProviderUpdates_thenRefusedAsNotOwner() {
        fixture.given(created())
                .when(new UpdateListingDetailsCommand(LISTING, OTHER, DETAILS, NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.NOT_OWNER))
                .expectNoEvents();
    }

    @Test
    void givenListing_whenRoomTypeAdded_thenRoomTypeAddedWithTheListingsTimeZone() {
        fixture.given(created())
                .when(new AddRoomTypeCommand(LISTING, "room-1", OWNER, DELUXE, NOW))
                .expectEvents(new RoomTypeAddedEvent(LISTING, "room-1", OWNER, "Asia/Kolkata", DELUXE, NOW));
    }

    @Test
    void givenListing_whenRoomTypeHasNoCapacityOrUnitsOrPrice_thenRefusedAsInvalid() {
        for (RoomTypeDetails bad : List.of(
                new RoomTypeDetails("Bunk", 0, null, Money.of("100", "INR"), 1),
                new RoomTypeDetails("Bunk", 21, null, Money.of("100", "INR"), 1),
                new RoomTypeDetails("Bunk", 2, null, Money.of("100", "INR"), 0),
                new RoomTypeDetails("Bunk", 2, null, Money.of("0", "INR"), 1),
                new RoomTypeDetails(" ", 2, null, Money.of("100", "INR"), 1))) {
            fixture.given(created())
                    .when(new AddRoomTypeCommand(LISTING, "room-9", OWNER, bad, NOW))
                    .expectResultMessagePayloadMatching(refused(CatalogRefusal.INVALID_DETAILS))
                    .expectNoEvents();
        }
    }

    @Test
    void givenRoomType_whenAnotherWithTheSameNameOrAnotherCurrency_thenRefusedAsInvalid() {
        fixture.given(created(), deluxeAdded())
                .when(new AddRoomTypeCommand(LISTING, "room-2", OWNER,
                        new RoomTypeDetails("deluxe", 2, null, Money.of("10", "INR"), 1), NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.INVALID_DETAILS))
                .expectNoEvents();
        fixture.given(created(), deluxeAdded())
                .when(new AddRoomTypeCommand(LISTING, "room-2", OWNER,
                        new RoomTypeDetails("Suite", 2, null, Money.of("10", "EUR"), 1), NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.INVALID_DETAILS))
                .expectNoEvents();
    }

    @Test
    void givenRoomType_whenUpdated_thenRoomTypeUpdated() {
        var cheaper = new RoomTypeDetails("Deluxe", 2, "1 king", Money.of("4000.00", "INR"), 6);
        fixture.given(created(), deluxeAdded())
                .when(new UpdateRoomTypeCommand(LISTING, "room-1", OWNER, cheaper, NOW))
                .expectEvents(new RoomTypeUpdatedEvent(LISTING, "room-1", OWNER, cheaper, NOW));
    }

    @Test
    void givenListing_whenUnknownRoomTypeUpdated_thenRefusedAsNotFound() {
        fixture.given(created(), deluxeAdded())
                .when(new UpdateRoomTypeCommand(LISTING, "room-x", OWNER, SUITE, NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.NOT_OWNER))
                .expectNoEvents();
    }

    @Test
    void givenRoomType_whenProviderNotApproved_thenPublishRefused() {
        for (String status : List.of("NOT_STARTED", "SUBMITTED", "UNDER_REVIEW", "REJECTED", "SUSPENDED", "UNKNOWN")) {
            fixture.given(created(), deluxeAdded())
                    .when(new PublishListingCommand(LISTING, OWNER, status, NOW))
                    .expectResultMessagePayloadMatching(refused(CatalogRefusal.PROVIDER_NOT_APPROVED))
                    .expectNoEvents();
        }
    }

    @Test
    void givenRoomType_whenProviderApproved_thenPublished() {
        fixture.given(created(), deluxeAdded())
                .when(new PublishListingCommand(LISTING, OWNER, "APPROVED", NOW))
                .expectEvents(new ListingPublishedEvent(LISTING, OWNER, NOW))
                .expectResultMessagePayloadMatching(acceptedAs(ProductStatus.PUBLISHED));
    }

    @Test
    void givenNoRoomType_whenPublish_thenRefused() {
        fixture.given(created())
                .when(new PublishListingCommand(LISTING, OWNER, "APPROVED", NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.NO_ROOM_TYPES))
                .expectNoEvents();
    }

    @Test
    void givenPublished_whenPublishAgain_thenRefusedAsWrongState() {
        fixture.given(created(), deluxeAdded(), new ListingPublishedEvent(LISTING, OWNER, T0))
                .when(new PublishListingCommand(LISTING, OWNER, "APPROVED", NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.WRONG_STATE))
                .expectNoEvents();
    }

    @Test
    void givenPublished_whenProviderSuspended_thenPausedWithThatReason() {
        fixture.given(created(), deluxeAdded(), new ListingPublishedEvent(LISTING, OWNER, T0))
                .when(new PauseListingCommand(LISTING, OWNER, PauseReason.PROVIDER_SUSPENDED, NOW))
                .expectEvents(new ListingPausedEvent(LISTING, OWNER, PauseReason.PROVIDER_SUSPENDED, NOW))
                .expectResultMessagePayloadMatching(acceptedAs(ProductStatus.PAUSED));
    }

    @Test
    void givenPausedBySuspension_whenPublishWhileStillSuspended_thenRefused() {
        fixture.given(created(), deluxeAdded(), new ListingPublishedEvent(LISTING, OWNER, T0),
                        new ListingPausedEvent(LISTING, OWNER, PauseReason.PROVIDER_SUSPENDED, T0))
                .when(new PublishListingCommand(LISTING, OWNER, "SUSPENDED", NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.PROVIDER_NOT_APPROVED))
                .expectNoEvents();
    }

    @Test
    void givenPausedBySuspension_whenPublishAfterReinstatement_thenPublished() {
        fixture.given(created(), deluxeAdded(), new ListingPublishedEvent(LISTING, OWNER, T0),
                        new ListingPausedEvent(LISTING, OWNER, PauseReason.PROVIDER_SUSPENDED, T0))
                .when(new PublishListingCommand(LISTING, OWNER, "APPROVED", NOW))
                .expectEvents(new ListingPublishedEvent(LISTING, OWNER, NOW));
    }

    @Test
    void givenDraft_whenPause_thenRefusedAsWrongState() {
        fixture.given(created())
                .when(new PauseListingCommand(LISTING, OWNER, PauseReason.BY_PROVIDER, NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.WRONG_STATE))
                .expectNoEvents();
    }

    @Test
    void givenPublished_whenArchive_thenArchived() {
        fixture.given(created(), deluxeAdded(), new ListingPublishedEvent(LISTING, OWNER, T0))
                .when(new ArchiveListingCommand(LISTING, OWNER, NOW))
                .expectEvents(new ListingArchivedEvent(LISTING, OWNER, NOW))
                .expectResultMessagePayloadMatching(acceptedAs(ProductStatus.ARCHIVED));
    }

    @Test
    void givenArchived_whenAnythingChanges_thenRefusedAsWrongState() {
        var archived = List.<Object>of(created(), deluxeAdded(), new ListingArchivedEvent(LISTING, OWNER, T0));
        for (Object command : List.of(
                new ArchiveListingCommand(LISTING, OWNER, NOW),
                new PublishListingCommand(LISTING, OWNER, "APPROVED", NOW),
                new AddRoomTypeCommand(LISTING, "room-2", OWNER, SUITE, NOW),
                new UpdateRoomTypeCommand(LISTING, "room-1", OWNER, DELUXE, NOW),
                new UpdateListingDetailsCommand(LISTING, OWNER, DETAILS, NOW))) {
            fixture.given(archived)
                    .when(command)
                    .expectResultMessagePayloadMatching(refused(CatalogRefusal.WRONG_STATE))
                    .expectNoEvents();
        }
    }

    @Test
    void givenListing_whenAnotherProviderPublishesPausesOrArchives_thenRefusedAsNotOwner() {
        for (Object command : List.of(
                new PublishListingCommand(LISTING, OTHER, "APPROVED", NOW),
                new PauseListingCommand(LISTING, OTHER, PauseReason.BY_PROVIDER, NOW),
                new ArchiveListingCommand(LISTING, OTHER, NOW),
                new AddRoomTypeCommand(LISTING, "room-2", OTHER, SUITE, NOW))) {
            fixture.given(created(), deluxeAdded(), new ListingPublishedEvent(LISTING, OWNER, T0))
                    .when(command)
                    .expectResultMessagePayloadMatching(refused(CatalogRefusal.NOT_OWNER))
                    .expectNoEvents();
        }
    }
}
