package com.tripavail.trip.routing;

import com.tripavail.trip.routing.journey.Journey;
import com.tripavail.trip.routing.journey.LegKind;
import com.tripavail.trip.routing.network.RoutingSettings;
import com.tripavail.trip.routing.raptor.RouteSearch;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static com.tripavail.trip.routing.TestFeeds.ist;
import static org.assertj.core.api.Assertions.assertThat;

/** Frequencies, calendar_dates-only services and walking between two feeds, each on its own tiny feed. */
class ScheduleCasesTest {

    @Test
    void givenAHeadwayBasedTrip_whenSearchingInsideItsWindow_thenTheNextHeadwayIsTaken() {
        RouteSearch search = search("frequencies");

        Journey journey = search.earliestArrival("frequencies:P", "frequencies:Q", ist("2026-03-10T06:20")).orElseThrow();

        // every 15 min from 06:00 with the template's 20 min running time
        assertThat(journey.legs().getFirst().localDeparture()).isEqualTo(LocalDateTime.parse("2026-03-10T06:30"));
        assertThat(journey.legs().getFirst().localArrival()).isEqualTo(LocalDateTime.parse("2026-03-10T06:50"));
        assertThat(journey.legs().getFirst().tripId()).isEqualTo("frequencies:HEADWAY@06:30:00");
    }

    @Test
    void givenAFrequencyTemplate_whenSearchingAtItsOwnTimes_thenTheTemplateDoesNotRunItself() {
        RouteSearch search = search("frequencies");

        Journey journey = search.earliestArrival("frequencies:P", "frequencies:Q", ist("2026-03-10T09:50")).orElseThrow();

        // EXACT's stop_times say 10:00, but it runs only at 17:00, 17:20, 17:40 (exact_times=1)
        assertThat(journey.legs().getFirst().localDeparture()).isEqualTo(LocalDateTime.parse("2026-03-10T17:00"));
        assertThat(journey.legs().getFirst().localArrival()).isEqualTo(LocalDateTime.parse("2026-03-10T17:25"));
    }

    @Test
    void givenAWeekdayService_whenSearchingOnSaturday_thenNoRouteUntilMonday() {
        RouteSearch search = search("frequencies");

        // Saturday 14 March: no service that day nor on Sunday, the search window's last day
        assertThat(search.earliestArrival("frequencies:P", "frequencies:Q", ist("2026-03-14T06:20"))).isEmpty();
    }

    @Test
    void givenACalendarDatesOnlyFeed_whenSearchingTheDayBeforeAnAddedDate_thenTheNextDaysTripIsFound() {
        RouteSearch search = search("dates-only");

        Journey journey = search.earliestArrival("dates-only:PIER1", "dates-only:PIER2", ist("2026-05-02T07:00")).orElseThrow();

        assertThat(journey.legs().getFirst().localDeparture()).isEqualTo(LocalDateTime.parse("2026-05-03T08:00"));
        assertThat(search.earliestArrival("dates-only:PIER1", "dates-only:PIER2", ist("2026-05-01T07:00")).orElseThrow()
                .legs().getFirst().localDeparture()).isEqualTo(LocalDateTime.parse("2026-05-01T08:00"));
    }

    @Test
    void givenACalendarDateRemovedAgain_whenSearchingThatDay_thenThereIsNoRoute() {
        RouteSearch search = search("dates-only");

        assertThat(search.earliestArrival("dates-only:PIER1", "dates-only:PIER2", ist("2026-05-04T07:00"))).isEmpty();
        assertThat(search.paretoJourneys("dates-only:PIER1", "dates-only:PIER2", ist("2026-05-03T09:00"))).isEmpty();
    }

    @Test
    void givenTwoFeedsWithNearbyStops_whenSearchingAcrossThem_thenTheyAreJoinedByAWalk() {
        RouteSearch search = new RouteSearch(TestFeeds.network(RoutingSettings.defaults(), "metro-a", "bus-b"),
                RoutingSettings.defaults());

        Journey journey = search.earliestArrival("metro-a:M1", "bus-b:B2", ist("2026-03-10T06:50")).orElseThrow();

        assertThat(journey.legs()).extracting(l -> l.kind()).containsExactly(LegKind.TRANSIT, LegKind.WALK, LegKind.TRANSIT);
        // Metro Two → Bus One is about 243 m: 07:10 + 3:23 on foot misses the 07:12 bus
        assertThat(journey.legs().get(1).duration().toSeconds()).isBetween(195L, 210L);
        assertThat(journey.legs().get(2).localDeparture()).isEqualTo(LocalDateTime.parse("2026-03-10T07:20"));
        assertThat(journey.arrival()).isEqualTo(ist("2026-03-10T07:38"));
        assertThat(search.paretoJourneys("metro-a:M1", "bus-b:B2", ist("2026-03-10T06:50"))).hasSize(1);
    }

    @Test
    void givenAWalkingRadiusShorterThanTheGap_whenSearchingAcrossFeeds_thenThereIsNoRoute() {
        RoutingSettings shortWalks = RoutingSettings.defaults().withWalkingRadius(100);
        RouteSearch search = new RouteSearch(TestFeeds.network(shortWalks, "metro-a", "bus-b"), shortWalks);

        assertThat(search.earliestArrival("metro-a:M1", "bus-b:B2", ist("2026-03-10T06:50"))).isEmpty();
    }

    private static RouteSearch search(String feed) {
        return new RouteSearch(TestFeeds.network(RoutingSettings.defaults(), feed), RoutingSettings.defaults());
    }
}
