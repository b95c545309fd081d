package com.tripavail.trip.routing;

import com.tripavail.trip.routing.gtfs.FeedSource;
import com.tripavail.trip.routing.gtfs.TransitMode;
import com.tripavail.trip.routing.journey.Journey;
import com.tripavail.trip.routing.journey.Leg;
import com.tripavail.trip.routing.journey.LegKind;
import com.tripavail.trip.routing.network.RoutingSettings;
import com.tripavail.trip.routing.network.TransitNetwork;
import com.tripavail.trip.routing.raptor.RouteSearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.tripavail.trip.routing.TestFeeds.ist;
import static org.assertj.core.api.Assertions.assertThat;

/** The shipped demo feeds import together and answer the README's walkthrough search. */
class DemoFeedsTest {

    private static RouteSearch search;

    @BeforeAll
    static void load() throws URISyntaxException {
        List<FeedSource> feeds = List.of("rail-demo", "bus-demo", "air-demo").stream()
                .map(name -> FeedSource.of(name, demo(name))).toList();
        TransitNetwork network = TestFeeds.networkOf(RoutingSettings.defaults(), feeds);
        search = new RouteSearch(network, RoutingSettings.defaults());
    }

    private static Path demo(String name) {
        try {
            return Path.of(DemoFeedsTest.class.getResource("/demo-feeds/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenTheDemoFeeds_whenPlanningNoidaToBangaloreWithANightInAgra_thenFlightAndTrainOptionsAreFound() {
        JourneyPlanner planner = new JourneyPlanner(search, BalancedWeights.defaults());
        TripQuery query = new TripQuery("bus-demo:NOIDA_S37", "rail-demo:SBC",
                List.of(new ViaStop("bus-demo:AGRA_ISBT", Duration.ofHours(20))), ist("2026-03-10T05:00"),
                Preference.FASTEST, 10);

        List<Journey> fastest = planner.plan(query);
        List<Journey> cheapest = planner.plan(new TripQuery(query.origin(), query.destination(), query.via(),
                query.departAfter(), Preference.CHEAPEST, 10));

        assertThat(fastest).isNotEmpty();
        for (Journey journey : fastest) {
            assertThat(journey.legs().getFirst().from().id()).isEqualTo("bus-demo:NOIDA_S37");
            assertThat(journey.legs().getLast().to().id()).isEqualTo("rail-demo:SBC");
            Leg intoAgra = journey.legs().stream().filter(l -> l.to().id().equals("bus-demo:AGRA_ISBT")).findFirst().orElseThrow();
            Leg outOfAgra = journey.legs().get(journey.legs().indexOf(intoAgra) + 1);
            assertThat(outOfAgra.from().id()).isEqualTo("bus-demo:AGRA_ISBT");
            assertThat(Duration.between(intoAgra.arrival(), outOfAgra.departure())).isGreaterThanOrEqualTo(Duration.ofHours(20));
        }
        assertThat(fastest.getFirst().legs()).anyMatch(l -> l.mode() == TransitMode.AIR);
        assertThat(cheapest.getFirst().legs()).noneMatch(l -> l.mode() == TransitMode.AIR)
                .anyMatch(l -> l.mode() == TransitMode.RAIL);
        assertThat(cheapest.getFirst().pricePerPassengerMinor()).isLessThan(fastest.getFirst().pricePerPassengerMinor());
        assertThat(cheapest.getFirst().arrival()).isAfter(fastest.getFirst().arrival());
    }

    @Test
    void givenTheDemoFeeds_whenGoingFromTheAirportToTheRailwayStation_thenTheShuttleAndAWalkAreUsed() {
        Journey journey = search.earliestArrival("air-demo:BLR", "rail-demo:SBC", ist("2026-06-01T16:20")).orElseThrow();

        assertThat(journey.legs()).extracting(Leg::kind).containsExactly(LegKind.WALK, LegKind.TRANSIT, LegKind.WALK);
        assertThat(journey.legs().get(1).operator()).isEqualTo("Demo City Bus (DEMO DATA)");
        assertThat(journey.pricePerPassengerMinor()).isEqualTo(29_000);
    }

    @Test
    void givenTheDemoFeeds_whenSearchingOnTheLastDayOfService_thenRoutesAreStillFound() {
        assertThat(search.paretoJourneys("air-demo:DEL", "air-demo:BLR", ist("2027-12-31T05:00"))).isNotEmpty();
        assertThat(search.paretoJourneys("air-demo:DEL", "air-demo:BLR", ist("2028-01-02T05:00"))).isEmpty();
    }
}
