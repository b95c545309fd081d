package com.tripavail.inventory.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.predicate;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.command.catalog.ArchiveTourPackageCommand;
import com.tripavail.inventory.command.catalog.CatalogOutcome;
import com.tripavail.inventory.command.catalog.CatalogRefusal;
import com.tripavail.inventory.command.catalog.CatalogRules;
import com.tripavail.inventory.command.catalog.CreateTourPackageCommand;
import com.tripavail.inventory.command.catalog.PauseTourPackageCommand;
import com.tripavail.inventory.command.catalog.PublishTourPackageCommand;
import com.tripavail.inventory.command.catalog.ScheduleTourDepartureCommand;
import com.tripavail.inventory.command.catalog.TourPackage;
import com.tripavail.inventory.event.GeoPoint;
import com.tripavail.inventory.event.ItineraryDay;
import com.tripavail.inventory.event.PauseReason;
import com.tripavail.inventory.event.PickupPoint;
import com.tripavail.inventory.event.TourDepartureScheduledEvent;
import com.tripavail.inventory.event.TourPackageArchivedEvent;
import com.tripavail.inventory.event.TourPackageCreatedEvent;
import com.tripavail.inventory.event.TourPackagePausedEvent;
import com.tripavail.inventory.event.TourPackagePublishedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tour package rules: details, departures (seats, one per date, not in the past), publishing gate, archive. */
class TourPackageTest {

    static final String TOUR = "tour-1";
    static final String OWNER = "operator-1";
    static final String OTHER = "operator-2";
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    static final List<ItineraryDay> DAYS = List.of(new ItineraryDay(1, "Jaipur", "Forts"),
            new ItineraryDay(2, "Agra", "Taj Mahal"));
    static final List<PickupPoint> PICKUPS = List.of(new PickupPoint("Airport", "Jaipur", new GeoPoint(26.82, 75.8),
            false));
    static final Money SEAT = Money.of("3500", "INR");

    private FixtureConfiguration<TourPackage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TourPackage.class);
    }

    static TourPackageCreatedEvent created() {
        return new TourPackageCreatedEvent(TOUR, OWNER, "Golden triangle", "Three cities", "Jaipur", 2, DAYS, PICKUPS,
                12, T0);
    }

    static ScheduleTourDepartureCommand schedule(String date, int seats) {
        return new ScheduleTourDepartureCommand(TOUR, "dep-" + date, OWNER, LocalDate.parse(date), seats, SEAT, TODAY,
                NOW);
    }

    private static org.hamcrest.Matcher<?> refused(CatalogRefusal reason) {
        return predicate(result -> result instanceof CatalogOutcome.Refused r && r.reason() == reason);
    }

    @Test
    void givenNothing_whenCreateTour_thenCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreateTourPackageCommand(TOUR, OWNER, "Golden triangle", "Three cities", "Jaipur", 2, DAYS,
                        PICKUPS, 12, T0))
                .expectEvents(created());
    }

    @Test
    void tourRules_refuseBadDurationSeatsItineraryAndPickups() {
        assertThat(CatalogRules.tourPackage(new CreateTourPackageCommand(TOUR, OWNER, "T", null, "Jaipur", 0, List.of(),
                PICKUPS, 10, T0))).isPresent();
        assertThat(CatalogRules.tourPackage(new CreateTourPackageCommand(TOUR, OWNER, "T", null, "Jaipur", 2, List.of(),
                PICKUPS, 0, T0))).isPresent();
        assertThat(CatalogRules.tourPackage(new CreateTourPackageCommand(TOUR, OWNER, "T", null, "Jaipur", 1, DAYS,
                PICKUPS, 10, T0))).contains("itinerary days must be between 1 and durationDays (1)");
        assertThat(CatalogRules.tourPackage(new CreateTourPackageCommand(TOUR, OWNER, "T", null, "Jaipur", 2,
                List.of(new ItineraryDay(1, "a", null), new ItineraryDay(1, "b", null)), PICKUPS, 10, T0)))
                .contains("itinerary day 1 appears twice");
        assertThat(CatalogRules.tourPackage(new CreateTourPackageCommand(TOUR, OWNER, "T", null, "Jaipur", 2, DAYS,
                List.of(), 10, T0))).isPresent();
    }

    @Test
    void givenTour_whenDepartureScheduled_thenDepartureScheduled() {
        fixture.given(created())
                .when(schedule("2026-12-01", 12))
                .expectEvents(new TourDepartureScheduledEvent(TOUR, "dep-2026-12-01", OWNER,
                        LocalDate.parse("2026-12-01"), 12, SEAT, NOW));
    }

    @Test
    void givenTour_whenDepartureToday_thenScheduled() {
        fixture.given(created())
                .when(schedule("2026-11-02", 1))
                .expectEvents(new TourDepartureScheduledEvent(TOUR, "dep-2026-11-02", OWNER, TODAY, 1, SEAT, NOW));
    }

    @Test
    void givenTour_whenDepartureInThePast_thenRefused() {
        fixture.given(created())
                .when(schedule("2026-11-01", 5))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.INVALID_DETAILS))
                .expectNoEvents();
    }

    @Test
    void givenTour_whenMoreSeatsThanTheMaximumOrNone_thenRefused() {
        for (int seats : new int[] {13, 0}) {
            fixture.given(created())
                    .when(schedule("2026-12-01", seats))
                    .expectResultMessagePayloadMatching(refused(CatalogRefusal.INVALID_DETAILS))
                    .expectNoEvents();
        }
    }

    @Test
    void givenDeparture_whenAnotherOnTheSameDate_thenRefusedAsDuplicate() {
        fixture.given(created(), new TourDepartureScheduledEvent(TOUR, "dep-1", OWNER, LocalDate.parse("2026-12-01"),
                        10, SEAT, T0))
                .when(schedule("2026-12-01", 5))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.DUPLICATE_DEPARTURE))
                .expectNoEvents();
    }

    @Test
    void givenArchived_whenDepartureScheduled_thenRefused() {
        fixture.given(created(), new TourPackageArchivedEvent(TOUR, OWNER, T0))
                .when(schedule("2026-12-01", 5))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.WRONG_STATE))
                .expectNoEvents();
    }

    @Test
    void givenTour_whenAnotherOperatorSchedules_thenRefusedAsNotOwner() {
        fixture.given(created())
                .when(new ScheduleTourDepartureCommand(TOUR, "dep-x", OTHER, LocalDate.parse("2026-12-01"), 5, SEAT,
                        TODAY, NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.NOT_OWNER))
                .expectNoEvents();
    }

    @Test
    void givenDraft_whenNotApproved_thenPublishRefused_whenApproved_thenPublished() {
        fixture.given(created())
                .when(new PublishTourPackageCommand(TOUR, OWNER, "REJECTED", NOW))
                .expectResultMessagePayloadMatching(refused(CatalogRefusal.PROVIDER_NOT_APPROVED))
                .expectNoEvents();
        fixture.given(created())
                .when(new PublishTourPackageCommand(TOUR, OWNER, "APPROVED", NOW))
                .expectEvents(new TourPackagePublishedEvent(TOUR, OWNER, NOW));
    }

    @Test
    void givenPublished_whenProviderSuspended_thenPaused() {
        fixture.given(created(), new TourPackagePublishedEvent(TOUR, OWNER, T0))
                .when(new PauseTourPackageCommand(TOUR, OWNER, PauseReason.PROVIDER_SUSPENDED, NOW))
                .expectEvents(new TourPackagePausedEvent(TOUR, OWNER, PauseReason.PROVIDER_SUSPENDED, NOW));
    }

    @Test
    void givenPublished_whenArchive_thenArchived() {
        fixture.given(created(), new TourPackagePublishedEvent(TOUR, OWNER, T0))
                .when(new ArchiveTourPackageCommand(TOUR, OWNER, NOW))
                .expectEvents(new TourPackageArchivedEvent(TOUR, OWNER, NOW));
    }
}
