package com.tripavail.trip.command;

import static com.tripavail.trip.TripRoutes.BUS;
import static com.tripavail.trip.TripRoutes.STAY;
import static com.tripavail.trip.TripRoutes.TRAIN;
import static com.tripavail.trip.TripRoutes.WALK;

import com.tripavail.contracts.Money;
import com.tripavail.trip.TripRoutes;
import com.tripavail.trip.event.BookingClickedEvent;
import com.tripavail.trip.event.BookingSource;
import com.tripavail.trip.event.ConversionMarkedEvent;
import com.tripavail.trip.event.LegBookedEvent;
import com.tripavail.trip.event.LegBookingCancelledEvent;
import com.tripavail.trip.event.LegReminderSentEvent;
import com.tripavail.trip.event.MarketplaceBookingLinkedEvent;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.event.TripCancelledEvent;
import com.tripavail.trip.event.TripCompletedEvent;
import com.tripavail.trip.event.TripPlannedEvent;
import com.tripavail.trip.event.TripStartedEvent;
import com.tripavail.trip.event.TripStatus;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every transition and refusal of a trip, as stories of events. */
class TripTest {

    static final String TRIP = "trip-1";
    static final String ME = "traveller-1";
    static final String SOMEONE_ELSE = "traveller-2";
    static final Instant DEPARTURE = Instant.parse("2026-12-01T04:30:00Z");
    static final Instant PLANNED_AT = DEPARTURE.minus(Duration.ofDays(10));
    static final Instant NOW = PLANNED_AT.plus(Duration.ofHours(1));
    static final RouteSnapshot ROUTE = TripRoutes.noidaAgraJaipur("search-1", DEPARTURE);
    static final Instant LAST_ARRIVAL = ROUTE.arrival();
    static final Money TRAIN_COST = Money.of("1500", "INR");
    static final Money BUS_COST = Money.of("900", "INR");
    static final Money STAY_COST = Money.of("3360", "INR");

    AggregateTestFixture<Trip> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Trip.class);
    }

    static TripPlannedEvent planned() {
        return new TripPlannedEvent(TRIP, ME, "Noida → Jaipur", ROUTE, PLANNED_AT);
    }

    static LegBookedEvent trainBooked(TripStatus after) {
        return new LegBookedEvent(TRIP, ME, TRAIN, "TRANSIT", "RAIL", "IRCTC", "PNR123", TRAIN_COST,
                BookingSource.MANUAL, null, false, after, NOW);
    }

    static LegBookedEvent busBooked(TripStatus after) {
        return new LegBookedEvent(TRIP, ME, BUS, "TRANSIT", "BUS", "redBus", "RB-9", BUS_COST, BookingSource.MANUAL,
                null, false, after, NOW);
    }

    static LegBookedEvent stayBooked(TripStatus after) {
        return new LegBookedEvent(TRIP, ME, STAY, "STAY", "STAY", Trip.MARKETPLACE_PLATFORM, "booking-7", STAY_COST,
                BookingSource.MARKETPLACE, "booking-7", false, after, NOW);
    }

    static BookingClickedEvent trainClicked(String clickId) {
        return new BookingClickedEvent(TRIP, ME, clickId, TRAIN, "RAIL", "Indian Railways", "IRCTC",
                "https://www.irctc.co.in/nget/train-search?from=NOI&to=AGC&aff=tripavail&click=" + clickId, NOW);
    }

    static TripOutcome accepted(TripStatus status, long version) {
        return new TripOutcome.Accepted(status, version);
    }

    /** Refused for {@code reason}, with a detail that says why, and nothing applied. */
    static void refused(ResultValidator<Trip> result, TripRefusal reason) {
        result.expectNoEvents().expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<>("refused: " + reason) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof TripOutcome.Refused r && r.reason() == reason && !r.detail().isBlank();
            }
        });
    }

    // ---- planning --------------------------------------------------------------------------------

    @Test
    void givenNothing_whenPlanTrip_thenTripPlannedWithTheRouteSnapshot() {
        fixture.givenNoPriorActivity()
                .when(new PlanTripCommand(TRIP, ME, "Noida → Jaipur", ROUTE, PLANNED_AT))
                .expectEvents(planned());
    }

    @Test
    void givenNothing_whenPlanTripWithoutLegs_thenItIsABug() {
        RouteSnapshot empty = new RouteSnapshot("s", 0, "BALANCED", 1, java.util.List.of(), DEPARTURE, DEPARTURE, 0,
                Money.of("0", "INR"), 0);
        fixture.givenNoPriorActivity()
                .when(new PlanTripCommand(TRIP, ME, "nothing", empty, PLANNED_AT))
                .expectException(IllegalArgumentException.class);
    }

    // ---- booking legs --------------------------------------------------------------------------

    @Test
    void givenPlanned_whenATransportLegIsBooked_thenPartiallyBooked() {
        fixture.given(planned())
                .when(new MarkLegBookedCommand(TRIP, ME, TRAIN, "IRCTC", "PNR123", TRAIN_COST, NOW))
                .expectEvents(trainBooked(TripStatus.PARTIALLY_BOOKED))
                .expectResultMessagePayload(accepted(TripStatus.PARTIALLY_BOOKED, 1));
    }

    @Test
    void givenTrainAndStayBooked_whenTheBusIsBooked_thenFullyBookedForTheWalkDoesNotCount() {
        fixture.given(planned(), trainBooked(TripStatus.PARTIALLY_BOOKED), stayBooked(TripStatus.PARTIALLY_BOOKED))
                .when(new MarkLegBookedCommand(TRIP, ME, BUS, "redBus", "RB-9", BUS_COST, NOW))
                .expectEvents(busBooked(TripStatus.FULLY_BOOKED))
                .expectResultMessagePayload(accepted(TripStatus.FULLY_BOOKED, 3));
    }

    @Test
    void givenABookedLeg_whenMarkedAgainWithAnotherCost_thenTheBookingIsUpdated() {
        Money corrected = Money.of("1550.50", "INR");
        fixture.given(planned(), trainBooked(TripStatus.PARTIALLY_BOOKED))
                .when(new MarkLegBookedCommand(TRIP, ME, TRAIN, "IRCTC", "PNR123", corrected, NOW))
                .expectEvents(new LegBookedEvent(TRIP, ME, TRAIN, "TRANSIT", "RAIL", "IRCTC", "PNR123", corrected,
                        BookingSource.MANUAL, null, true, TripStatus.PARTIALLY_BOOKED, NOW));
    }

    @Test
    void givenABookedLeg_whenTheSameMarkIsRepeated_thenNothingChanges() {
        fixture.given(planned(), trainBooked(TripStatus.PARTIALLY_BOOKED))
                .when(new MarkLegBookedCommand(TRIP, ME, TRAIN, "IRCTC", "PNR123", Money.of("1500.00", "INR"), NOW))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(TripStatus.PARTIALLY_BOOKED, 1));
    }

    @Test
    void givenPlanned_whenTheWalkIsBooked_thenRefusedAsInvalid() {
        refused(fixture.given(planned())
                .when(new MarkLegBookedCommand(TRIP, ME, WALK, "feet", "none", Money.of("0", "INR"), NOW)),
                TripRefusal.INVALID);
    }

    @Test
    void givenPlanned_whenANegativeCostIsMarked_thenRefusedAsInvalid() {
        refused(fixture.given(planned())
                .when(new MarkLegBookedCommand(TRIP, ME, TRAIN, "IRCTC", "PNR1", Money.of("-1", "INR"), NOW)),
                TripRefusal.INVALID);
    }

    @Test
    void givenPlanned_whenAnotherTravellerBooksALeg_thenRefusedAsNotTheirs() {
        refused(fixture.given(planned())
                .when(new MarkLegBookedCommand(TRIP, SOMEONE_ELSE, TRAIN, "IRCTC", "PNR1", TRAIN_COST, NOW)),
                TripRefusal.NOT_YOURS);
    }

    @Test
    void givenPlanned_whenALegThatDoesNotExistIsBooked_thenRefusedAsNoSuchLeg() {
        refused(fixture.given(planned())
                .when(new MarkLegBookedCommand(TRIP, ME, 4, "IRCTC", "PNR1", TRAIN_COST, NOW)),
                TripRefusal.NO_SUCH_LEG);
    }

    @Test
    void givenCancelled_whenALegIsBooked_thenRefusedForTheState() {
        refused(fixture.given(planned(), new TripCancelledEvent(TRIP, ME, TripStatus.PLANNED, null, NOW))
                .when(new MarkLegBookedCommand(TRIP, ME, TRAIN, "IRCTC", "PNR1", TRAIN_COST, NOW)),
                TripRefusal.WRONG_STATE);
    }

    @Test
    void givenFullyBooked_whenALegIsUnmarked_thenPartiallyBooked() {
        fixture.given(planned(), trainBooked(TripStatus.PARTIALLY_BOOKED), stayBooked(TripStatus.PARTIALLY_BOOKED),
                        busBooked(TripStatus.FULLY_BOOKED))
                .when(new UnmarkLegBookedCommand(TRIP, ME, BUS, NOW))
                .expectEvents(new LegBookingCancelledEvent(TRIP, BUS, "unmarked by the traveller",
                        TripStatus.PARTIALLY_BOOKED, NOW));
    }

    @Test
    void givenOneBookedLeg_whenItIsUnmarked_thenPlannedAgain() {
        fixture.given(planned(), trainBooked(TripStatus.PARTIALLY_BOOKED))
                .when(new UnmarkLegBookedCommand(TRIP, ME, TRAIN, NOW))
                .expectEvents(new LegBookingCancelledEvent(TRIP, TRAIN, "unmarked by the traveller",
                        TripStatus.PLANNED, NOW));
    }

    @Test
    void givenPlanned_whenAnUnbookedLegIsUnmarked_thenNothingChanges() {
        fixture.given(planned())
                .when(new UnmarkLegBookedCommand(TRIP, ME, TRAIN, NOW))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(TripStatus.PLANNED, 0));
    }

    // ---- time ------------------------------------------------------------------------------------

    @Test
    void givenPartiallyBooked_whenTheFirstDepartureIsDue_thenInProgress() {
        fixture.given(planned(), trainBooked(TripStatus.PARTIALLY_BOOKED))
                .when(new StartTripCommand(TRIP, DEPARTURE))
                .expectEvents(new TripStartedEvent(TRIP, DEPARTURE))
                .expectResultMessagePayload(accepted(TripStatus.IN_PROGRESS, 2));
    }

    @Test
    void givenPlanned_whenAStartComesBeforeTheFirstDeparture_thenRefused() {
        refused(fixture.given(planned()).when(new StartTripCommand(TRIP, DEPARTURE.minusSeconds(1))),
                TripRefusal.WRONG_STATE);
    }

    @Test
    void givenInProgress_whenTheStartIsRepeated_thenNothingChanges() {
        fixture.given(planned(), new TripStartedEvent(TRIP, DEPARTURE))
                .when(new StartTripCommand(TRIP, DEPARTURE))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(TripStatus.IN_PROGRESS, 1));
    }

    @Test
    void givenCancelled_whenTheStartIsDue_thenRefusedForTheState() {
        refused(fixture.given(planned(), new TripCancelledEvent(TRIP, ME, TripStatus.PLANNED, null, NOW))
                .when(new StartTripCommand(TRIP, DEPARTURE)), TripRefusal.WRONG_STATE);
    }

    @Test
    void givenInProgress_whenALaterLegIsBooked_thenItStaysInProgress() {
        fixture.given(planned(), new TripStartedEvent(TRIP, DEPARTURE))
                .when(new MarkLegBookedCommand(TRIP, ME, BUS, "redBus", "RB-9", BUS_COST, NOW))
                .expectEvents(busBooked(TripStatus.IN_PROGRESS));
    }

    @Test
    void givenInProgress_whenTheLastArrivalIsDue_thenCompleted() {
        fixture.given(planned(), trainBooked(TripStatus.PARTIALLY_BOOKED), new TripStartedEvent(TRIP, DEPARTURE))
                .when(new CompleteTripCommand(TRIP, LAST_ARRIVAL))
                .expectEvents(new TripCompletedEvent(TRIP, ME, DEPARTURE, LAST_ARRIVAL, 1, 3, LAST_ARRIVAL))
                .expectResultMessagePayload(accepted(TripStatus.COMPLETED, 3));
    }

    @Test
    void givenPlanned_whenTheLastArrivalIsDueBeforeTheStart_thenCompletedAnyway() {
        fixture.given(planned())
                .when(new CompleteTripCommand(TRIP, LAST_ARRIVAL))
                .expectEvents(new TripCompletedEvent(TRIP, ME, DEPARTURE, LAST_ARRIVAL, 0, 3, LAST_ARRIVAL));
    }

    @Test
    void givenInProgress_whenACompletionComesBeforeTheLastArrival_thenRefused() {
        refused(fixture.given(planned(), new TripStartedEvent(TRIP, DEPARTURE))
                .when(new CompleteTripCommand(TRIP, LAST_ARRIVAL.minusSeconds(1))), TripRefusal.WRONG_STATE);
    }

    @Test
    void givenCompleted_whenTheCompletionIsRepeated_thenNothingChanges() {
        fixture.given(planned(), new TripCompletedEvent(TRIP, ME, DEPARTURE, LAST_ARRIVAL, 0, 3, LAST_ARRIVAL))
                .when(new CompleteTripCommand(TRIP, LAST_ARRIVAL))
                .expectNoEvents();
    }

    @Test
    void givenCompleted_whenALegIsBooked_thenRefusedForTheState() {
        refused(fixture.given(planned(), new TripCompletedEvent(TRIP, ME, DEPARTURE, LAST_ARRIVAL, 0, 3,
                        LAST_ARRIVAL))
                .when(new MarkLegBookedCommand(TRIP, ME, TRAIN, "IRCTC", "PNR1", TRAIN_COST, NOW)),
                TripRefusal.WRONG_STATE);
    }

    // ---- cancelling ------------------------------------------------------------------------------

    @Test
    void givenPartiallyBooked_whenTheTravellerCancels_thenCancelled() {
        fixture.given(planned(), trainBooked(TripStatus.PARTIALLY_BOOKED))
                .when(new CancelTripCommand(TRIP, ME, "plans changed", NOW))
                .expectEvents(new TripCancelledEvent(TRIP, ME, TripStatus.PARTIALLY_BOOKED, "plans changed", NOW))
                .expectResultMessagePayload(accepted(TripStatus.CANCELLED, 2));
    }

    @Test
    void givenInProgress_whenTheTravellerCancels_thenCancelled() {
        fixture.given(planned(), new TripStartedEvent(TRIP, DEPARTURE))
                .when(new CancelTripCommand(TRIP, ME, null, NOW))
                .expectEvents(new TripCancelledEvent(TRIP, ME, TripStatus.IN_PROGRESS, null, NOW));
    }

    @Test
    void givenCancelled_whenCancelledAgain_thenNothingChanges() {
        fixture.given(planned(), new TripCancelledEvent(TRIP, ME, TripStatus.PLANNED, null, NOW))
                .when(new CancelTripCommand(TRIP, ME, null, NOW))
                .expectNoEvents()
                .expectResultMessagePayload(accepted(TripStatus.CANCELLED, 1));
    }

    @Test
    void givenCompleted_whenCancelled_thenRefusedForTheState() {
        refused(fixture.given(planned(), new TripCompletedEvent(TRIP, ME, DEPARTURE, LAST_ARRIVAL, 0, 3,
                        LAST_ARRIVAL))
                .when(new CancelTripCommand(TRIP, ME, null, NOW)), TripRefusal.WRONG_STATE);
    }

    @Test
    void givenPlanned_whenAnotherTravellerCancels_thenRefusedAsNotTheirs() {
        refused(fixture.given(planned()).when(new CancelTripCommand(TRIP, SOMEONE_ELSE, null, NOW)),
                TripRefusal.NOT_YOURS);
    }

    // ---- reminders -------------------------------------------------------------------------------

    @Test
    void givenABookedLeg_whenItsReminderIsSent_thenRecorded() {
        fixture.given(planned(), trainBooked(TripStatus.PARTIALLY_BOOKED))
                .when(new RecordReminderSentCommand(TRIP, TRAIN, NOW))
                .expectEvents(new LegReminderSentEvent(TRIP, TRAIN, NOW));
    }

    @Test
    void givenAReminderSent_whenRecordedAgain_thenNothingChanges() {
        fixture.given(planned(), trainBooked(TripStatus.PARTIALLY_BOOKED), new LegReminderSentEvent(TRIP, TRAIN, NOW))
                .when(new RecordReminderSentCommand(TRIP, TRAIN, NOW))
                .expectNoEvents();
    }

    @Test
    void givenAnUnbookedLeg_whenAReminderIsRecorded_thenRefused() {
        refused(fixture.given(planned()).when(new RecordReminderSentCommand(TRIP, BUS, NOW)),
                TripRefusal.WRONG_STATE);
    }

    // ---- booking links and conversions ---------------------------------------------------------

    @Test
    void givenPlanned_whenTheTrainsBookingLinkIsFollowed_thenTheClickIsRecorded() {
        BookingClickedEvent clicked = trainClicked("click-1");
        fixture.given(planned())
                .when(new RecordBookingClickCommand(TRIP, ME, TRAIN, "click-1", clicked.affiliateUrl(), NOW))
                .expectEvents(clicked);
    }

    @Test
    void givenAClick_whenTheSameClickIsRecordedAgain_thenNothingChanges() {
        BookingClickedEvent clicked = trainClicked("click-1");
        fixture.given(planned(), clicked)
                .when(new RecordBookingClickCommand(TRIP, ME, TRAIN, "click-1", clicked.affiliateUrl(), NOW))
                .expectNoEvents();
    }

    @Test
    void givenPlanned_whenTheWalksBookingLinkIsFollowed_thenRefusedAsInvalid() {
        refused(fixture.given(planned())
                .when(new RecordBookingClickCommand(TRIP, ME, WALK, "click-1", "https://x", NOW)),
                TripRefusal.INVALID);
    }

    @Test
    void givenPlanned_whenAnotherTravellerFollowsALink_thenRefusedAsNotTheirs() {
        refused(fixture.given(planned())
                .when(new RecordBookingClickCommand(TRIP, SOMEONE_ELSE, TRAIN, "click-1", "https://x", NOW)),
                TripRefusal.NOT_YOURS);
    }

    @Test
    void givenAClick_whenTheTravellerSaysTheyBookedIt_thenTheConversionIsMarked() {
        fixture.given(planned(), trainClicked("click-1"))
                .when(new MarkConversionCommand(TRIP, ME, TRAIN, null, null, null, NOW))
                .expectEvents(new ConversionMarkedEvent(TRIP, ME, "click-1", TRAIN, "IRCTC", null, NOW))
                .expectResultMessagePayload(accepted(TripStatus.PLANNED, 2));
    }

    @Test
    void givenAClick_whenAConversionCarriesAReference_thenTheLegIsBookedAtTheOfferedPrice() {
        fixture.given(planned(), trainClicked("click-1"))
                .when(new MarkConversionCommand(TRIP, ME, TRAIN, "click-1", "PNR777", null, NOW))
                .expectEvents(new ConversionMarkedEvent(TRIP, ME, "click-1", TRAIN, "IRCTC", null, NOW),
                        new LegBookedEvent(TRIP, ME, TRAIN, "TRANSIT", "RAIL", "IRCTC", "PNR777",
                                Money.of("1500", "INR"), BookingSource.CONVERSION, null, false,
                                TripStatus.PARTIALLY_BOOKED, NOW));
    }

    @Test
    void givenAConversion_whenMarkedAgain_thenNothingChanges() {
        fixture.given(planned(), trainClicked("click-1"),
                        new ConversionMarkedEvent(TRIP, ME, "click-1", TRAIN, "IRCTC", null, NOW))
                .when(new MarkConversionCommand(TRIP, ME, TRAIN, null, null, null, NOW))
                .expectNoEvents();
    }

    @Test
    void givenNoClick_whenAConversionIsMarked_thenRefusedForTheState() {
        refused(fixture.given(planned()).when(new MarkConversionCommand(TRIP, ME, TRAIN, null, null, null, NOW)),
                TripRefusal.WRONG_STATE);
    }

    @Test
    void givenAClickOfTheTrain_whenAConversionNamesItForTheBus_thenRefusedAsInvalid() {
        refused(fixture.given(planned(), trainClicked("click-1"))
                .when(new MarkConversionCommand(TRIP, ME, BUS, "click-1", null, null, NOW)), TripRefusal.INVALID);
    }

    // ---- marketplace stays -----------------------------------------------------------------------

    @Test
    void givenPlanned_whenAnUnconfirmedBookingIsLinkedToTheStay_thenTheLegWaitsForIt() {
        fixture.given(planned())
                .when(new LinkMarketplaceBookingCommand(TRIP, ME, STAY, "booking-7", null, NOW))
                .expectEvents(new MarketplaceBookingLinkedEvent(TRIP, STAY, "booking-7", NOW))
                .expectResultMessagePayload(accepted(TripStatus.PLANNED, 1));
    }

    @Test
    void givenPlanned_whenAConfirmedBookingIsLinkedToTheStay_thenTheStayIsBooked() {
        fixture.given(planned())
                .when(new LinkMarketplaceBookingCommand(TRIP, ME, STAY, "booking-7", STAY_COST, NOW))
                .expectEvents(new MarketplaceBookingLinkedEvent(TRIP, STAY, "booking-7", NOW),
                        stayBooked(TripStatus.PARTIALLY_BOOKED));
    }

    @Test
    void givenPlanned_whenABookingIsLinkedToTheTrain_thenRefusedAsInvalid() {
        refused(fixture.given(planned())
                .when(new LinkMarketplaceBookingCommand(TRIP, ME, TRAIN, "booking-7", null, NOW)),
                TripRefusal.INVALID);
    }

    @Test
    void givenALinkedStay_whenAnotherBookingIsLinked_thenRefusedForTheState() {
        refused(fixture.given(planned(), new MarketplaceBookingLinkedEvent(TRIP, STAY, "booking-7", NOW))
                .when(new LinkMarketplaceBookingCommand(TRIP, ME, STAY, "booking-8", null, NOW)),
                TripRefusal.WRONG_STATE);
    }

    @Test
    void givenALinkedStay_whenItsBookingIsConfirmed_thenTheStayIsBooked() {
        fixture.given(planned(), new MarketplaceBookingLinkedEvent(TRIP, STAY, "booking-7", NOW))
                .when(new RecordMarketplaceBookingConfirmedCommand(TRIP, STAY, "booking-7", ME, STAY_COST, NOW))
                .expectEvents(stayBooked(TripStatus.PARTIALLY_BOOKED));
    }

    @Test
    void givenABookedStay_whenTheConfirmationIsRedelivered_thenNothingChanges() {
        fixture.given(planned(), new MarketplaceBookingLinkedEvent(TRIP, STAY, "booking-7", NOW),
                        stayBooked(TripStatus.PARTIALLY_BOOKED))
                .when(new RecordMarketplaceBookingConfirmedCommand(TRIP, STAY, "booking-7", ME, STAY_COST, NOW))
                .expectNoEvents();
    }

    @Test
    void givenALinkedStay_whenAnotherTravellersBookingIsConfirmed_thenRefusedAsInvalid() {
        refused(fixture.given(planned(), new MarketplaceBookingLinkedEvent(TRIP, STAY, "booking-7", NOW))
                .when(new RecordMarketplaceBookingConfirmedCommand(TRIP, STAY, "booking-7", SOMEONE_ELSE,
                        STAY_COST, NOW)), TripRefusal.INVALID);
    }

    @Test
    void givenAnUnlinkedStay_whenABookingIsConfirmed_thenRefusedAsInvalid() {
        refused(fixture.given(planned())
                .when(new RecordMarketplaceBookingConfirmedCommand(TRIP, STAY, "booking-7", ME, STAY_COST, NOW)),
                TripRefusal.INVALID);
    }

    @Test
    void givenAStayBookedOnTheMarketplace_whenTheBookingIsCancelled_thenTheStayIsNoLongerBooked() {
        fixture.given(planned(), new MarketplaceBookingLinkedEvent(TRIP, STAY, "booking-7", NOW),
                        stayBooked(TripStatus.PARTIALLY_BOOKED))
                .when(new RecordMarketplaceBookingCancelledCommand(TRIP, STAY, "booking-7", NOW))
                .expectEvents(new LegBookingCancelledEvent(TRIP, STAY, "marketplace booking booking-7 was cancelled",
                        TripStatus.PLANNED, NOW));
    }

    @Test
    void givenAStayMarkedByHand_whenAnUnrelatedBookingIsCancelled_thenNothingChanges() {
        fixture.given(planned(), new LegBookedEvent(TRIP, ME, STAY, "STAY", "STAY", "Booking.com", "BDC-1",
                        STAY_COST, BookingSource.MANUAL, null, false, TripStatus.PARTIALLY_BOOKED, NOW))
                .when(new RecordMarketplaceBookingCancelledCommand(TRIP, STAY, "booking-7", NOW))
                .expectNoEvents();
    }
}
