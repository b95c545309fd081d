package com.tripavail.inventory.hold;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.command.hold.ChangeRoomCalendarSaleabilityCommand;
import com.tripavail.inventory.command.hold.ChangeRoomNightCommand;
import com.tripavail.inventory.command.hold.ConfirmRoomHoldCommand;
import com.tripavail.inventory.command.hold.CreateRoomCalendarCommand;
import com.tripavail.inventory.command.hold.HoldOutcome;
import com.tripavail.inventory.command.hold.HoldRoomsBatchCommand;
import com.tripavail.inventory.command.hold.HoldRoomsCommand;
import com.tripavail.inventory.command.hold.InventoryOutcome;
import com.tripavail.inventory.command.hold.OpenRoomNightsCommand;
import com.tripavail.inventory.command.hold.PackageTerms;
import com.tripavail.inventory.command.hold.ReleaseRoomHoldCommand;
import com.tripavail.inventory.command.hold.RoomCalendar;
import com.tripavail.inventory.command.hold.UpdateRoomCalendarDetailsCommand;
import com.tripavail.inventory.event.AvailabilityRule;
import com.tripavail.inventory.event.DateRange;
import com.tripavail.inventory.event.HoldRejection;
import com.tripavail.inventory.event.HoldStatus;
import com.tripavail.inventory.event.NightPrice;
import com.tripavail.inventory.event.RoomCalendarCreatedEvent;
import com.tripavail.inventory.event.RoomCalendarDetailsChangedEvent;
import com.tripavail.inventory.event.RoomCalendarSaleabilityChangedEvent;
import com.tripavail.inventory.event.RoomHoldConfirmedEvent;
import com.tripavail.inventory.event.RoomHoldRejectedEvent;
import com.tripavail.inventory.event.RoomHoldReleasedEvent;
import com.tripavail.inventory.event.RoomNightChangedEvent;
import com.tripavail.inventory.event.RoomNightsOpenedEvent;
import com.tripavail.inventory.event.RoomsHeldEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of a room type's calendar, told as given events → command → events (or none). */
class RoomCalendarTest {

    static final String ROOM = "room-1";
    static final String LISTING = "listing-1";
    static final String PROVIDER = "provider-1";
    static final Money BASE = Money.of("100.00", "INR");
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    /** A Friday. */
    static final LocalDate D1 = LocalDate.of(2026, 12, 4);
    static final LocalDate D2 = D1.plusDays(1);
    static final LocalDate D3 = D1.plusDays(2);
    static final LocalDate D4 = D1.plusDays(3);

    private FixtureConfiguration<RoomCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RoomCalendar.class);
    }

    static RoomCalendarCreatedEvent created(boolean saleable) {
        return new RoomCalendarCreatedEvent(ROOM, LISTING, PROVIDER, "Asia/Kolkata", 2, BASE, 5, saleable, T0);
    }

    /** Nights D1..D3 open with {@code units} each at the base price; D4 is not open. */
    static RoomNightsOpenedEvent opened(int units) {
        return new RoomNightsOpenedEvent(ROOM, List.of(D1, D2, D3), units, BASE, false, T0);
    }

    static HoldRoomsCommand hold(String holdId, LocalDate checkIn, LocalDate checkOut, int units) {
        return new HoldRoomsCommand(ROOM, holdId, "booking-" + holdId, "STAY", ROOM, checkIn, checkOut, units, 2,
                null, NOW);
    }

    static RoomsHeldEvent held(String holdId, List<LocalDate> nights, int units) {
        List<NightPrice> prices = nights.stream().map(n -> new NightPrice(n, BASE)).toList();
        return new RoomsHeldEvent(ROOM, holdId, "booking-" + holdId, "STAY", ROOM, PROVIDER, nights, units, 2, prices,
                BASE.times((long) units * nights.size()), NOW);
    }

    static RoomHoldRejectedEvent rejected(String holdId, HoldRejection reason, String detail) {
        return new RoomHoldRejectedEvent(ROOM, holdId, "booking-" + holdId, "STAY", ROOM, reason, detail, NOW);
    }

    // ---- creation and details -------------------------------------------------------------------

    @Test
    void givenNothing_whenCreateCalendar_thenCalendarCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreateRoomCalendarCommand(ROOM, LISTING, PROVIDER, "Asia/Kolkata", 2, BASE, 5, false, T0))
                .expectEvents(created(false));
    }

    @Test
    void givenCalendar_whenDetailsChange_thenDetailsChanged_andSameDetailsChangeNothing() {
        fixture.given(created(true))
                .when(new UpdateRoomCalendarDetailsCommand(ROOM, 3, Money.of("120", "INR"), 6, NOW))
                .expectEvents(new RoomCalendarDetailsChangedEvent(ROOM, 3, Money.of("120", "INR"), 6, NOW));
        fixture.given(created(true))
                .when(new UpdateRoomCalendarDetailsCommand(ROOM, 2, Money.of("100", "INR"), 5, NOW))
                .expectNoEvents();
    }

    @Test
    void givenUnsaleableCalendar_whenListingPublished_thenSaleable_andRepeatChangesNothing() {
        fixture.given(created(false))
                .when(new ChangeRoomCalendarSaleabilityCommand(ROOM, true, NOW))
                .expectEvents(new RoomCalendarSaleabilityChangedEvent(ROOM, true, NOW));
        fixture.given(created(true))
                .when(new ChangeRoomCalendarSaleabilityCommand(ROOM, true, NOW))
                .expectNoEvents();
    }

    // ---- nightly inventory ----------------------------------------------------------------------

    @Test
    void givenCalendar_whenOpenRange_thenNightsOpenedWithDefaultUnitsAndBasePrice() {
        fixture.given(created(true))
                .when(new OpenRoomNightsCommand(ROOM, D1, D3, null, null, NOW))
                .expectEvents(new RoomNightsOpenedEvent(ROOM, List.of(D1, D2, D3), 5, BASE, false, NOW))
                .expectResultMessagePayload(new InventoryOutcome.Accepted(3, List.of()));
    }

    @Test
    void givenOpenNights_whenOpenOverlappingRangeWithPrice_thenOnlyNewNightsOpenAtThatPrice() {
        Money price = Money.of("150", "INR");
        fixture.given(created(true), opened(4))
                .when(new OpenRoomNightsCommand(ROOM, D3, D4, 7, price, NOW))
                .expectEvents(new RoomNightsOpenedEvent(ROOM, List.of(D4), 7, price, true, NOW));
    }

    @Test
    void givenCalendar_whenOpenMoreThan90Nights_thenRefused() {
        fixture.given(created(true))
                .when(new OpenRoomNightsCommand(ROOM, D1, D1.plusDays(90), 3, null, NOW))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(org.axonframework.test.matchers.Matchers.predicate(
                        r -> r instanceof InventoryOutcome.Refused refused
                                && refused.reason() == InventoryOutcome.Reason.INVALID));
    }

    @Test
    void givenCalendar_whenOpenWithOtherCurrencyOrBackwardsRange_thenRefused() {
        fixture.given(created(true))
                .when(new OpenRoomNightsCommand(ROOM, D1, D2, 3, Money.of("10", "EUR"), NOW))
                .expectNoEvents();
        fixture.given(created(true))
                .when(new OpenRoomNightsCommand(ROOM, D2, D1, 3, null, NOW))
                .expectNoEvents();
    }

    @Test
    void givenHeldAndSoldUnits_whenUnitsReducedBelowThem_thenRefused() {
        fixture.given(created(true), opened(5), held("h1", List.of(D1, D2), 2), held("h2", List.of(D1), 1),
                        new RoomHoldConfirmedEvent(ROOM, "h2", "booking-h2", List.of(D1), 1, NOW))
                .when(new ChangeRoomNightCommand(ROOM, D1, 2, null, false, null, NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new InventoryOutcome.Refused(InventoryOutcome.Reason.BELOW_COMMITTED,
                        "night " + D1 + " has 2 held and 1 sold: units cannot go below 3"));
    }

    @Test
    void givenHeldUnits_whenUnitsReducedToHeldPlusSold_thenChanged() {
        fixture.given(created(true), opened(5), held("h1", List.of(D1, D2), 2))
                .when(new ChangeRoomNightCommand(ROOM, D1, 2, null, false, null, NOW))
                .expectEvents(new RoomNightChangedEvent(ROOM, D1, 2, BASE, false, false, NOW));
    }

    @Test
    void givenOpenNight_whenPriceOverriddenThenCleared_thenPriceInForceFollows() {
        Money price = Money.of("180", "INR");
        fixture.given(created(true), opened(5))
                .when(new ChangeRoomNightCommand(ROOM, D2, null, price, false, null, NOW))
                .expectEvents(new RoomNightChangedEvent(ROOM, D2, 5, price, true, false, NOW));
        fixture.given(created(true), opened(5), new RoomNightChangedEvent(ROOM, D2, 5, price, true, false, NOW))
                .when(new ChangeRoomNightCommand(ROOM, D2, null, null, true, null, NOW))
                .expectEvents(new RoomNightChangedEvent(ROOM, D2, 5, BASE, false, false, NOW));
    }

    @Test
    void givenNightNotOpen_whenChanged_thenRefusedNotOpen() {
        fixture.given(created(true), opened(5))
                .when(new ChangeRoomNightCommand(ROOM, D4, 3, null, false, null, NOW))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(org.axonframework.test.matchers.Matchers.predicate(
                        r -> r instanceof InventoryOutcome.Refused refused
                                && refused.reason() == InventoryOutcome.Reason.NOT_OPEN));
    }

    // ---- holds: all or nothing ----------------------------------------------------------------------

    @Test
    void givenFreeNights_whenHold_thenRoomsHeldAtThePricesInForce() {
        Money special = Money.of("130", "INR");
        fixture.given(created(true), opened(5), new RoomNightChangedEvent(ROOM, D2, 5, special, true, false, T0))
                .when(hold("h1", D1, D3, 2))
                .expectEvents(new RoomsHeldEvent(ROOM, "h1", "booking-h1", "STAY", ROOM, PROVIDER, List.of(D1, D2), 2,
                        2, List.of(new NightPrice(D1, BASE), new NightPrice(D2, special)), Money.of("460.00", "INR"),
                        NOW));
    }

    @Test
    void givenOneNightShort_whenHoldAcrossNights_thenSoldOutAndNothingHeld() {
        fixture.given(created(true), opened(5), held("h0", List.of(D2), 4))
                .when(hold("h1", D1, D4, 2))
                .expectEvents(rejected("h1", HoldRejection.SOLD_OUT, "night " + D2 + " has 1 free, 2 asked"))
                .expectResultMessagePayload(new HoldOutcome.Rejected(HoldRejection.SOLD_OUT,
                        "night " + D2 + " has 1 free, 2 asked"));
    }

    @Test
    void givenLastUnits_whenHoldExactlyThem_thenHeld_andTheNextHoldIsSoldOut() {
        fixture.given(created(true), opened(3), held("h0", List.of(D1, D2), 2))
                .when(hold("h1", D1, D3, 1))
                .expectEvents(held("h1", List.of(D1, D2), 1));
        fixture.given(created(true), opened(3), held("h0", List.of(D1, D2), 2), held("h1", List.of(D1, D2), 1))
                .when(hold("h2", D2, D3, 1))
                .expectEvents(rejected("h2", HoldRejection.SOLD_OUT, "night " + D2 + " has 0 free, 1 asked"));
    }

    @Test
    void givenClosedNight_whenHoldOverIt_thenClosed() {
        fixture.given(created(true), opened(5), new RoomNightChangedEvent(ROOM, D2, 5, BASE, false, true, T0))
                .when(hold("h1", D1, D4, 1))
                .expectEvents(rejected("h1", HoldRejection.CLOSED, "night " + D2 + " is closed"));
    }

    @Test
    void givenNightNotOpen_whenHoldOverIt_thenClosed() {
        fixture.given(created(true), opened(5))
                .when(hold("h1", D3, D4.plusDays(1), 1))
                .expectEvents(rejected("h1", HoldRejection.CLOSED, "night " + D4 + " is not open for sale"));
    }

    @Test
    void givenUnpublishedListing_whenHold_thenNotPublished() {
        fixture.given(created(false), opened(5))
                .when(hold("h1", D1, D2, 1))
                .expectEvents(rejected("h1", HoldRejection.NOT_PUBLISHED, "the listing is not on sale"));
    }

    @Test
    void givenPublishedThenPausedListing_whenHold_thenNotPublished() {
        fixture.given(created(true), opened(5), new RoomCalendarSaleabilityChangedEvent(ROOM, false, T0))
                .when(hold("h1", D1, D2, 1))
                .expectEvents(rejected("h1", HoldRejection.NOT_PUBLISHED, "the listing is not on sale"));
    }

    @Test
    void givenCalendar_whenHoldIsMalformed_thenInvalidRequest() {
        fixture.given(created(true), opened(5))
                .when(hold("h1", D2, D2, 1))
                .expectEvents(rejected("h1", HoldRejection.INVALID_REQUEST, "checkOut must be after checkIn"));
        fixture.given(created(true), opened(5))
                .when(new HoldRoomsCommand(ROOM, "h2", "b", "STAY", ROOM, D1, D2, 1, 3, null, NOW))
                .expectEvents(new RoomHoldRejectedEvent(ROOM, "h2", "b", "STAY", ROOM, HoldRejection.INVALID_REQUEST,
                        "1 room(s) sleep 2, not 3 guests", NOW));
        fixture.given(created(true), opened(5))
                .when(hold("h3", D1, D1.plusDays(91), 1))
                .expectEvents(rejected("h3", HoldRejection.INVALID_REQUEST, "a stay is at most 90 nights"));
    }

    // ---- idempotency by holdId ----------------------------------------------------------------------

    @Test
    void givenHeld_whenSameHoldRequestedAgain_thenNothingChanges() {
        fixture.given(created(true), opened(5), held("h1", List.of(D1, D2), 2))
                .when(hold("h1", D1, D3, 2))
                .expectNoEvents()
                .expectResultMessagePayload(new HoldOutcome.Unchanged(HoldStatus.HELD));
    }

    @Test
    void givenRejected_whenSameHoldRequestedAgain_thenNotAnsweredTwice() {
        fixture.given(created(true), opened(1), held("h0", List.of(D1), 1),
                        rejected("h1", HoldRejection.SOLD_OUT, "x"))
                .when(hold("h1", D1, D2, 1))
                .expectNoEvents()
                .expectResultMessagePayload(new HoldOutcome.Unchanged(HoldStatus.REJECTED));
    }

    // ---- release and confirm ------------------------------------------------------------------------

    @Test
    void givenHeld_whenReleased_thenUnitsComeBack() {
        fixture.given(created(true), opened(2), held("h1", List.of(D1, D2), 2))
                .when(new ReleaseRoomHoldCommand(ROOM, "h1", "EXPIRED", NOW))
                .expectEvents(new RoomHoldReleasedEvent(ROOM, "h1", "booking-h1", List.of(D1, D2), 2, false, "EXPIRED",
                        NOW));
        fixture.given(created(true), opened(2), held("h1", List.of(D1, D2), 2),
                        new RoomHoldReleasedEvent(ROOM, "h1", "booking-h1", List.of(D1, D2), 2, false, "EXPIRED", NOW))
                .when(hold("h2", D1, D3, 2))
                .expectEvents(held("h2", List.of(D1, D2), 2));
    }

    @Test
    void givenReleased_whenReleasedAgain_thenNothingChanges() {
        fixture.given(created(true), opened(2), held("h1", List.of(D1), 1),
                        new RoomHoldReleasedEvent(ROOM, "h1", "booking-h1", List.of(D1), 1, false, "EXPIRED", NOW))
                .when(new ReleaseRoomHoldCommand(ROOM, "h1", "EXPIRED", NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new HoldOutcome.Unchanged(HoldStatus.RELEASED));
    }

    @Test
    void givenNoSuchHold_whenReleasedOrConfirmed_thenUnknownHold() {
        fixture.given(created(true), opened(2))
                .when(new ReleaseRoomHoldCommand(ROOM, "nope", "EXPIRED", NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new HoldOutcome.UnknownHold());
        fixture.given(created(true), opened(2))
                .when(new ConfirmRoomHoldCommand(ROOM, "nope", NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new HoldOutcome.UnknownHold());
    }

    @Test
    void givenHeld_whenConfirmed_thenHeldBecomesSold_andAgainChangesNothing() {
        fixture.given(created(true), opened(2), held("h1", List.of(D1, D2), 1))
                .when(new ConfirmRoomHoldCommand(ROOM, "h1", NOW))
                .expectEvents(new RoomHoldConfirmedEvent(ROOM, "h1", "booking-h1", List.of(D1, D2), 1, NOW));
        fixture.given(created(true), opened(2), held("h1", List.of(D1, D2), 1),
                        new RoomHoldConfirmedEvent(ROOM, "h1", "booking-h1", List.of(D1, D2), 1, NOW))
                .when(new ConfirmRoomHoldCommand(ROOM, "h1", NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new HoldOutcome.Unchanged(HoldStatus.SOLD));
    }

    @Test
    void givenSold_whenMoreHeldThanLeft_thenSoldOut_andReleasingTheSaleFreesIt() {
        fixture.given(created(true), opened(1), held("h1", List.of(D1), 1),
                        new RoomHoldConfirmedEvent(ROOM, "h1", "booking-h1", List.of(D1), 1, NOW))
                .when(hold("h2", D1, D2, 1))
                .expectEvents(rejected("h2", HoldRejection.SOLD_OUT, "night " + D1 + " has 0 free, 1 asked"));
        fixture.given(created(true), opened(1), held("h1", List.of(D1), 1),
                        new RoomHoldConfirmedEvent(ROOM, "h1", "booking-h1", List.of(D1), 1, NOW))
                .when(new ReleaseRoomHoldCommand(ROOM, "h1", "CANCELLED", NOW))
                .expectEvents(new RoomHoldReleasedEvent(ROOM, "h1", "booking-h1", List.of(D1), 1, true, "CANCELLED",
                        NOW));
    }

    @Test
    void givenReleased_whenConfirmed_thenRefused() {
        fixture.given(created(true), opened(2), held("h1", List.of(D1), 1),
                        new RoomHoldReleasedEvent(ROOM, "h1", "booking-h1", List.of(D1), 1, false, "EXPIRED", NOW))
                .when(new ConfirmRoomHoldCommand(ROOM, "h1", NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new HoldOutcome.Refused(HoldStatus.RELEASED,
                        "hold h1 is RELEASED and cannot be confirmed"));
    }

    // ---- hotel packages ------------------------------------------------------------------------------

    static final Money PER_PERSON = Money.of("2500", "INR");

    static HoldRoomsCommand packageHold(String holdId, LocalDate checkIn, PackageTerms terms) {
        return new HoldRoomsCommand(ROOM, holdId, "booking-" + holdId, "HOTEL_PACKAGE", "pkg-1", checkIn, null, 1, 2,
                terms, NOW);
    }

    static PackageTerms terms(AvailabilityRule rule, List<DateRange> seasons, boolean published) {
        return new PackageTerms("pkg-1", 2, rule, seasons, PER_PERSON, published);
    }

    @Test
    void givenWeekendPackage_whenHeldFromFriday_thenPackageNightsHeldAtPricePerPersonTimesGuests() {
        fixture.given(created(true), opened(5))
                .when(packageHold("h1", D1, terms(AvailabilityRule.WEEKEND_ONLY, List.of(), true)))
                .expectEvents(new RoomsHeldEvent(ROOM, "h1", "booking-h1", "HOTEL_PACKAGE", "pkg-1", PROVIDER,
                        List.of(D1, D2), 1, 2, List.of(new NightPrice(D1, PER_PERSON)), Money.of("5000", "INR"), NOW));
    }

    @Test
    void givenWeekendPackage_whenHeldFromSunday_thenInvalidRequest() {
        fixture.given(created(true), opened(5))
                .when(packageHold("h1", D3, terms(AvailabilityRule.WEEKEND_ONLY, List.of(), true)))
                .expectEvents(new RoomHoldRejectedEvent(ROOM, "h1", "booking-h1", "HOTEL_PACKAGE", "pkg-1",
                        HoldRejection.INVALID_REQUEST,
                        "this weekend package starts on a Friday or Saturday, not a SUNDAY", NOW));
    }

    @Test
    void givenSeasonalPackage_whenNightsLeaveTheSeason_thenInvalid_andInsideTheSeason_thenHeld() {
        PackageTerms seasonal = terms(AvailabilityRule.SEASONAL, List.of(new DateRange(D1, D2)), true);
        fixture.given(created(true), opened(5))
                .when(packageHold("h1", D2, seasonal))
                .expectEvents(new RoomHoldRejectedEvent(ROOM, "h1", "booking-h1", "HOTEL_PACKAGE", "pkg-1",
                        HoldRejection.INVALID_REQUEST,
                        "this seasonal package's nights must lie inside one of its seasons", NOW));
        fixture.given(created(true), opened(5))
                .when(packageHold("h2", D1, seasonal))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(org.axonframework.test.matchers.Matchers.predicate(
                        r -> r instanceof HoldOutcome.Held));
    }

    @Test
    void givenUnpublishedPackage_whenHeld_thenNotPublished() {
        fixture.given(created(true), opened(5))
                .when(packageHold("h1", D1, terms(AvailabilityRule.FLEXIBLE, List.of(), false)))
                .expectEvents(new RoomHoldRejectedEvent(ROOM, "h1", "booking-h1", "HOTEL_PACKAGE", "pkg-1",
                        HoldRejection.NOT_PUBLISHED, "the hotel package is not on sale", NOW));
    }

    @Test
    void givenFlexiblePackage_whenANightIsSoldOut_thenSoldOut() {
        fixture.given(created(true), opened(1), held("h0", List.of(D2), 1))
                .when(packageHold("h1", D1, terms(AvailabilityRule.FLEXIBLE, List.of(), true)))
                .expectEvents(new RoomHoldRejectedEvent(ROOM, "h1", "booking-h1", "HOTEL_PACKAGE", "pkg-1",
                        HoldRejection.SOLD_OUT, "night " + D2 + " has 0 free, 1 asked", NOW));
    }

    // ---- a batch of holds (group commit): each decided on its own, in order ---------------------------

    @Test
    void givenOneFreeUnit_whenBatchOfThreeHolds_thenEachIsDecidedOnItsOwnInOrder() {
        fixture.given(created(true), opened(1))
                .when(new HoldRoomsBatchCommand(ROOM, List.of(hold("h1", D1, D3, 1), hold("h2", D2, D3, 1),
                        hold("h3", D3, D4, 1), hold("h1", D1, D3, 1))))
                .expectEvents(held("h1", List.of(D1, D2), 1),
                        rejected("h2", HoldRejection.SOLD_OUT, "night " + D2 + " has 0 free, 1 asked"),
                        held("h3", List.of(D3), 1))
                .expectResultMessagePayload(List.of(new HoldOutcome.Held(ROOM, List.of(new NightPrice(D1, BASE),
                                new NightPrice(D2, BASE)), Money.of("200.00", "INR")),
                        new HoldOutcome.Rejected(HoldRejection.SOLD_OUT, "night " + D2 + " has 0 free, 1 asked"),
                        new HoldOutcome.Held(ROOM, List.of(new NightPrice(D3, BASE)), BASE),
                        new HoldOutcome.Unchanged(HoldStatus.HELD)));
    }

    // ---- no oversell across many holds, replayed from events ----------------------------------------

    @Test
    void givenManyHolds_whenOneMoreThanCapacity_thenSoldOut() {
        List<Object> history = new ArrayList<>(List.of(created(true), opened(20)));
        for (int i = 0; i < 20; i++) {
            history.add(held("h" + i, List.of(D1, D2, D3), 1));
        }
        fixture.given(history)
                .when(hold("h-last", D3, D4, 1))
                .expectEvents(rejected("h-last", HoldRejection.SOLD_OUT, "night " + D3 + " has 0 free, 1 asked"));
        assertThat(history).hasSize(22);
    }
}
