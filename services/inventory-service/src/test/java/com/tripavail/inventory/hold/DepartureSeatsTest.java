package com.tripavail.inventory.hold;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.command.hold.ChangeDepartureSaleabilityCommand;
import com.tripavail.inventory.command.hold.ConfirmSeatHoldCommand;
import com.tripavail.inventory.command.hold.CreateDepartureSeatsCommand;
import com.tripavail.inventory.command.hold.DepartureSeats;
import com.tripavail.inventory.command.hold.HoldOutcome;
import com.tripavail.inventory.command.hold.HoldSeatsCommand;
import com.tripavail.inventory.command.hold.ReleaseSeatHoldCommand;
import com.tripavail.inventory.event.DepartureSaleabilityChangedEvent;
import com.tripavail.inventory.event.DepartureSeatsCreatedEvent;
import com.tripavail.inventory.event.HoldRejection;
import com.tripavail.inventory.event.HoldStatus;
import com.tripavail.inventory.event.SeatHoldConfirmedEvent;
import com.tripavail.inventory.event.SeatHoldRejectedEvent;
import com.tripavail.inventory.event.SeatHoldReleasedEvent;
import com.tripavail.inventory.event.SeatsHeldEvent;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of a departure's seats. */
class DepartureSeatsTest {

    static final String DEPARTURE = "dep-1";
    static final String PACKAGE = "tour-1";
    static final String PROVIDER = "provider-2";
    static final LocalDate DATE = LocalDate.of(2027, 1, 15);
    static final Money SEAT = Money.of("1500", "INR");
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    private FixtureConfiguration<DepartureSeats> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DepartureSeats.class);
    }

    static DepartureSeatsCreatedEvent created(int seats, boolean saleable) {
        return new DepartureSeatsCreatedEvent(DEPARTURE, PACKAGE, PROVIDER, DATE, seats, SEAT, saleable, T0);
    }

    static HoldSeatsCommand hold(String holdId, int seats) {
        return new HoldSeatsCommand(DEPARTURE, holdId, "booking-" + holdId, PACKAGE, seats, seats, NOW);
    }

    static SeatsHeldEvent held(String holdId, int seats) {
        return new SeatsHeldEvent(DEPARTURE, holdId, "booking-" + holdId, PACKAGE, PROVIDER, DATE, seats, seats, SEAT,
                SEAT.times(seats), NOW);
    }

    static SeatHoldRejectedEvent rejected(String holdId, HoldRejection reason, String detail) {
        return new SeatHoldRejectedEvent(DEPARTURE, holdId, "booking-" + holdId, PACKAGE, reason, detail, NOW);
    }

    @Test
    void givenNothing_whenCreate_thenSeatsCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreateDepartureSeatsCommand(DEPARTURE, PACKAGE, PROVIDER, DATE, 10, SEAT, false, T0))
                .expectEvents(created(10, false));
    }

    @Test
    void givenUnpublished_whenPublishedTwice_thenSaleableOnce() {
        fixture.given(created(10, false))
                .when(new ChangeDepartureSaleabilityCommand(DEPARTURE, true, NOW))
                .expectEvents(new DepartureSaleabilityChangedEvent(DEPARTURE, true, NOW));
        fixture.given(created(10, true))
                .when(new ChangeDepartureSaleabilityCommand(DEPARTURE, true, NOW))
                .expectNoEvents();
    }

    @Test
    void givenFreeSeats_whenHold_thenSeatsHeldAtPricePerSeat() {
        fixture.given(created(10, true))
                .when(hold("h1", 3))
                .expectEvents(held("h1", 3));
    }

    @Test
    void givenTooFewSeats_whenHold_thenSoldOut() {
        fixture.given(created(4, true), held("h0", 3))
                .when(hold("h1", 2))
                .expectEvents(rejected("h1", HoldRejection.SOLD_OUT, "departure " + DATE + " has 1 seats free, 2 asked"));
    }

    @Test
    void givenUnpublished_whenHold_thenNotPublished() {
        fixture.given(created(4, false))
                .when(hold("h1", 1))
                .expectEvents(rejected("h1", HoldRejection.NOT_PUBLISHED, "the tour package is not on sale"));
        fixture.given(created(4, true), new DepartureSaleabilityChangedEvent(DEPARTURE, false, NOW))
                .when(hold("h1", 1))
                .expectEvents(rejected("h1", HoldRejection.NOT_PUBLISHED, "the tour package is not on sale"));
    }

    @Test
    void givenMoreGuestsThanSeats_whenHold_thenInvalidRequest() {
        fixture.given(created(4, true))
                .when(new HoldSeatsCommand(DEPARTURE, "h1", "b1", PACKAGE, 1, 2, NOW))
                .expectEvents(new SeatHoldRejectedEvent(DEPARTURE, "h1", "b1", PACKAGE, HoldRejection.INVALID_REQUEST,
                        "2 guests need 2 seats, 1 asked", NOW));
    }

    @Test
    void givenHeld_whenRequestedAgain_thenNothingChanges() {
        fixture.given(created(4, true), held("h1", 2))
                .when(hold("h1", 2))
                .expectNoEvents()
                .expectResultMessagePayload(new HoldOutcome.Unchanged(HoldStatus.HELD));
    }

    @Test
    void givenHeld_whenReleased_thenSeatsComeBack_andSecondReleaseChangesNothing() {
        fixture.given(created(2, true), held("h1", 2))
                .when(new ReleaseSeatHoldCommand(DEPARTURE, "h1", "EXPIRED", NOW))
                .expectEvents(new SeatHoldReleasedEvent(DEPARTURE, "h1", "booking-h1", 2, false, "EXPIRED", NOW));
        fixture.given(created(2, true), held("h1", 2),
                        new SeatHoldReleasedEvent(DEPARTURE, "h1", "booking-h1", 2, false, "EXPIRED", NOW))
                .when(hold("h2", 2))
                .expectEvents(held("h2", 2));
        fixture.given(created(2, true), held("h1", 2),
                        new SeatHoldReleasedEvent(DEPARTURE, "h1", "booking-h1", 2, false, "EXPIRED", NOW))
                .when(new ReleaseSeatHoldCommand(DEPARTURE, "h1", "EXPIRED", NOW))
                .expectNoEvents();
    }

    @Test
    void givenHeld_whenConfirmed_thenSold_andConfirmAgainChangesNothing_andSoldSeatsStayTaken() {
        fixture.given(created(2, true), held("h1", 2))
                .when(new ConfirmSeatHoldCommand(DEPARTURE, "h1", NOW))
                .expectEvents(new SeatHoldConfirmedEvent(DEPARTURE, "h1", "booking-h1", 2, NOW));
        fixture.given(created(2, true), held("h1", 2), new SeatHoldConfirmedEvent(DEPARTURE, "h1", "booking-h1", 2, NOW))
                .when(new ConfirmSeatHoldCommand(DEPARTURE, "h1", NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new HoldOutcome.Unchanged(HoldStatus.SOLD));
        fixture.given(created(2, true), held("h1", 2), new SeatHoldConfirmedEvent(DEPARTURE, "h1", "booking-h1", 2, NOW))
                .when(hold("h2", 1))
                .expectEvents(rejected("h2", HoldRejection.SOLD_OUT, "departure " + DATE + " has 0 seats free, 1 asked"));
    }

    @Test
    void givenReleased_whenConfirmed_thenRefused() {
        fixture.given(created(2, true), held("h1", 1),
                        new SeatHoldReleasedEvent(DEPARTURE, "h1", "booking-h1", 1, false, "EXPIRED", NOW))
                .when(new ConfirmSeatHoldCommand(DEPARTURE, "h1", NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new HoldOutcome.Refused(HoldStatus.RELEASED,
                        "hold h1 is RELEASED and cannot be confirmed"));
    }
}
