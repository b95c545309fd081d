package com.tripavail.trip.saga;

import static com.tripavail.trip.TripRoutes.TRAIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.contracts.Money;
import com.tripavail.trip.TripRoutes;
import com.tripavail.trip.command.CompleteTripCommand;
import com.tripavail.trip.command.RecordReminderSentCommand;
import com.tripavail.trip.command.StartTripCommand;
import com.tripavail.trip.config.TripProperties;
import com.tripavail.trip.event.BookingSource;
import com.tripavail.trip.event.LegBookedEvent;
import com.tripavail.trip.event.LegBookingCancelledEvent;
import com.tripavail.trip.event.LegReminderSentEvent;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.event.TripCancelledEvent;
import com.tripavail.trip.event.TripCompletedEvent;
import com.tripavail.trip.event.TripPlannedEvent;
import com.tripavail.trip.event.TripStartedEvent;
import com.tripavail.trip.event.TripStatus;
import com.tripavail.trip.integration.notification.NotificationPort;
import com.tripavail.trip.integration.notification.TravellerNotification;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trip's deadlines over time: start, completion and leg reminders. */
class TripSagaTest {

    static final String TRIP = "trip-1";
    static final String ME = "traveller-1";
    static final Instant DEPARTURE = Instant.parse("2026-12-01T04:30:00Z");
    static final Instant PLANNED_AT = DEPARTURE.minus(Duration.ofDays(10));
    static final RouteSnapshot ROUTE = TripRoutes.noidaAgraJaipur("search-1", DEPARTURE);
    static final Duration LEAD = Duration.ofHours(24);

    SagaTestFixture<TripSaga> fixture;
    List<TravellerNotification> sent;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(TripSaga.class);
        sent = new CopyOnWriteArrayList<>();
        NotificationPort recorder = sent::add;
        fixture.registerResource(recorder);
        fixture.registerResource(new TripProperties(LEAD, Period.ofMonths(6), Duration.ofHours(1),
                Duration.ofSeconds(5), new TripProperties.Affiliate("click", Map.of(), Map.of())));
    }

    static TripPlannedEvent planned() {
        return new TripPlannedEvent(TRIP, ME, "Noida → Jaipur", ROUTE, PLANNED_AT);
    }

    static LegBookedEvent booked(int leg, Instant at) {
        return new LegBookedEvent(TRIP, ME, leg, "TRANSIT", leg == TRAIN ? "RAIL" : "BUS",
                leg == TRAIN ? "IRCTC" : "redBus", "REF-" + leg, Money.of("100", "INR"), BookingSource.MANUAL, null,
                false, TripStatus.PARTIALLY_BOOKED, at);
    }

    @Test
    void givenNothing_whenATripIsPlanned_thenItsStartAndCompletionAreScheduled() throws Exception {
        fixture.givenCurrentTime(PLANNED_AT)
                .whenAggregate(TRIP).publishes(planned())
                .expectActiveSagas(1)
                .expectScheduledDeadline(DEPARTURE, new TripSaga.TripDue(TRIP, DEPARTURE))
                .expectScheduledDeadline(ROUTE.arrival(), new TripSaga.TripDue(TRIP, ROUTE.arrival()))
                .expectNoDispatchedCommands();
    }

    @Test
    void givenPlanned_whenTheFirstDepartureComes_thenTheTripIsStarted() throws Exception {
        fixture.givenCurrentTime(PLANNED_AT)
                .andThenAggregate(TRIP).published(planned())
                .whenTimeAdvancesTo(DEPARTURE)
                .expectTriggeredDeadlinesWithName(TripSaga.START)
                .expectDispatchedCommands(new StartTripCommand(TRIP, DEPARTURE));
    }

    @Test
    void givenStarted_whenTheLastArrivalComes_thenTheTripIsCompleted() throws Exception {
        fixture.givenCurrentTime(PLANNED_AT)
                .andThenAggregate(TRIP).published(planned())
                .andThenTimeAdvancesTo(DEPARTURE)
                .andThenAggregate(TRIP).published(new TripStartedEvent(TRIP, DEPARTURE))
                .whenTimeAdvancesTo(ROUTE.arrival())
                .expectDispatchedCommands(new CompleteTripCommand(TRIP, ROUTE.arrival()));
    }

    @Test
    void givenALegBookedDaysAhead_whenTheLeadTimeBeforeItsDepartureComes_thenTheTravellerIsReminded() throws Exception {
        fixture.givenCurrentTime(PLANNED_AT)
                .andThenAggregate(TRIP).published(planned(), booked(TRAIN, PLANNED_AT))
                .whenTimeAdvancesTo(DEPARTURE.minus(LEAD))
                .expectTriggeredDeadlinesWithName(TripSaga.REMINDER)
                .expectDispatchedCommands(new RecordReminderSentCommand(TRIP, TRAIN, DEPARTURE.minus(LEAD)));
        assertThat(sent).singleElement().satisfies(notification -> {
            assertThat(notification.userId()).isEqualTo(ME);
            assertThat(notification.kind()).isEqualTo(TripSaga.LEG_REMINDER_KIND);
            assertThat(notification.legIndex()).isEqualTo(TRAIN);
            assertThat(notification.subject()).contains("Noida", "Agra Cantt", DEPARTURE.toString());
            assertThat(notification.body()).contains("IRCTC, reference REF-0");
        });
    }

    @Test
    void givenALegBooked_whenLessThanTheLeadTimeHasPassed_thenNoReminderYet() throws Exception {
        fixture.givenCurrentTime(PLANNED_AT)
                .andThenAggregate(TRIP).published(planned(), booked(TRAIN, PLANNED_AT))
                .whenTimeAdvancesTo(DEPARTURE.minus(LEAD).minusSeconds(1))
                .expectNoDispatchedCommands()
                .expectScheduledDeadline(DEPARTURE.minus(LEAD), new TripSaga.ReminderDue(TRIP, TRAIN));
        assertThat(sent).isEmpty();
    }

    @Test
    void givenALegBookedWithinTheLeadTime_whenAnyTimePasses_thenTheTravellerIsRemindedAtOnce() throws Exception {
        Instant bookedAt = DEPARTURE.minus(Duration.ofHours(2));
        fixture.givenCurrentTime(bookedAt)
                .andThenAggregate(TRIP).published(planned(), booked(TRAIN, bookedAt))
                .whenTimeElapses(Duration.ofMillis(1))
                .expectTriggeredDeadlinesWithName(TripSaga.REMINDER)
                .expectDispatchedCommandsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        org.hamcrest.Matchers.instanceOf(RecordReminderSentCommand.class), Matchers.andNoMore())));
        assertThat(sent).singleElement().extracting(TravellerNotification::legIndex).isEqualTo(TRAIN);
    }

    @Test
    void givenPlanned_whenALegIsBookedAfterItLeft_thenNoReminderIsScheduled() throws Exception {
        Instant bookedAt = DEPARTURE.plus(Duration.ofMinutes(5));
        fixture.givenCurrentTime(bookedAt)
                .andThenAggregate(TRIP).published(planned())
                .whenAggregate(TRIP).publishes(booked(TRAIN, bookedAt))
                .expectNoScheduledDeadlineWithName(DEPARTURE.minus(LEAD), TripSaga.REMINDER)
                .expectNoScheduledDeadlineWithName(bookedAt, TripSaga.REMINDER);
    }

    @Test
    void givenAReminderScheduled_whenTheLegIsBookedAgain_thenStillOneReminder() throws Exception {
        fixture.givenCurrentTime(PLANNED_AT)
                .andThenAggregate(TRIP).published(planned(), booked(TRAIN, PLANNED_AT), booked(TRAIN, PLANNED_AT))
                .whenTimeAdvancesTo(DEPARTURE.minus(LEAD))
                .expectDispatchedCommands(new RecordReminderSentCommand(TRIP, TRAIN, DEPARTURE.minus(LEAD)));
        assertThat(sent).hasSize(1);
    }

    @Test
    void givenALegReminderScheduled_whenTheLegIsNoLongerBooked_thenNoReminder() throws Exception {
        fixture.givenCurrentTime(PLANNED_AT)
                .andThenAggregate(TRIP).published(planned(), booked(TRAIN, PLANNED_AT),
                        new LegBookingCancelledEvent(TRIP, TRAIN, "unmarked", TripStatus.PLANNED, PLANNED_AT))
                .whenTimeAdvancesTo(DEPARTURE.minus(LEAD))
                .expectNoDispatchedCommands();
        assertThat(sent).isEmpty();
    }

    @Test
    void givenAReminderSent_whenTheLegIsBookedAgain_thenNoSecondReminder() throws Exception {
        Instant remindedAt = DEPARTURE.minus(LEAD);
        fixture.givenCurrentTime(PLANNED_AT)
                .andThenAggregate(TRIP).published(planned(), booked(TRAIN, PLANNED_AT))
                .andThenTimeAdvancesTo(remindedAt)
                .andThenAggregate(TRIP).published(new LegReminderSentEvent(TRIP, TRAIN, remindedAt))
                .whenAggregate(TRIP).publishes(booked(TRAIN, remindedAt.plusSeconds(60)))
                .expectNoScheduledDeadlineWithName(remindedAt.plusSeconds(60), TripSaga.REMINDER);
    }

    @Test
    void givenDeadlinesScheduled_whenTheTripIsCancelled_thenTheyAreCancelledAndTheSagaEnds() throws Exception {
        fixture.givenCurrentTime(PLANNED_AT)
                .andThenAggregate(TRIP).published(planned(), booked(TRAIN, PLANNED_AT))
                .whenAggregate(TRIP).publishes(new TripCancelledEvent(TRIP, ME, TripStatus.PARTIALLY_BOOKED, null,
                        PLANNED_AT))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenStarted_whenTheTripIsCompleted_thenTheSagaEnds() throws Exception {
        fixture.givenCurrentTime(PLANNED_AT)
                .andThenAggregate(TRIP).published(planned())
                .andThenTimeAdvancesTo(ROUTE.arrival())
                .whenAggregate(TRIP).publishes(new TripCompletedEvent(TRIP, ME, DEPARTURE, ROUTE.arrival(), 0, 3,
                        ROUTE.arrival()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
