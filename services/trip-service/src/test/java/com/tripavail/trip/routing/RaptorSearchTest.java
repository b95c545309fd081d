package com.tripavail.trip.routing;

import com.tripavail.trip.routing.gtfs.FeedSource;
import com.tripavail.trip.routing.gtfs.TransitMode;
import com.tripavail.trip.routing.journey.Journey;
import com.tripavail.trip.routing.journey.Leg;
import com.tripavail.trip.routing.journey.LegKind;
import com.tripavail.trip.routing.network.RoutingSettings;
import com.tripavail.trip.routing.raptor.RouteSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static com.tripavail.trip.routing.TestFeeds.ist;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RAPTOR, McRAPTOR and the planner on the hand-checked "basic" feed (see src/test/resources/gtfs/basic):
 * <pre>
 *   R1 local rail  A 08:10 → B 08:30 → C_R 08:50 (and an hour later)   fare zones Z1→Z2 ₹100, Z1→Z1 ₹40
 *   EX express     A 08:20 → C_R 08:40                                    ₹300
 *   bus 22         C_B 08:55 / 09:05 / 11:00 / 13:00 → D (+30 min)        ₹20
 *   bus 4 (slow)   A 08:05 → X (no time given) → D 10:30                 ₹60
 *   flight SH101   A 08:30 → D 09:00                                      ₹3 500
 *   night train N1 D 23:30 → E 24:40/24:42 → F 25:10                       no fare rule: priced by distance
 *   C_R → C_B: transfers.txt minimum 600 s (the platforms are 100 m apart, 84 s on foot)
 * </pre>
 */
class RaptorSearchTest {

    private final RouteSearch search = new RouteSearch(TestFeeds.network(RoutingSettings.defaults(), "basic"),
            RoutingSettings.defaults());

    @Test
    void givenAFlightAndSlowerTrains_whenSearchingEarliestArrival_thenTheFlightArrivesFirst() {
        Journey journey = search.earliestArrival("basic:A", "basic:D", ist("2026-03-10T08:00")).orElseThrow();

        assertThat(journey.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.mode()).isEqualTo(TransitMode.AIR);
            assertThat(leg.operator()).isEqualTo("SkyHop Air");
            assertThat(leg.localDeparture()).isEqualTo(LocalDateTime.parse("2026-03-10T08:30"));
            assertThat(leg.localArrival()).isEqualTo(LocalDateTime.parse("2026-03-10T09:00"));
            assertThat(leg.duration()).isEqualTo(Duration.ofMinutes(30));
        });
        assertThat(journey.pricePerPassengerMinor()).isEqualTo(350_000);
    }

    @Test
    void givenTheMinimumTransferTimeAtCharlie_whenChangingFromRailToBus_thenTheBusAtFiveToNineIsMissed() {
        Journey journey = search.earliestArrival("basic:B", "basic:D", ist("2026-03-10T08:00")).orElseThrow();

        assertThat(journey.legs()).extracting(Leg::kind).containsExactly(LegKind.TRANSIT, LegKind.WALK, LegKind.TRANSIT);
        assertThat(journey.legs().get(1).duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(journey.legs().get(2).localDeparture()).isEqualTo(LocalDateTime.parse("2026-03-10T09:05"));
        assertThat(journey.arrival()).isEqualTo(ist("2026-03-10T09:35"));
        assertThat(journey.transfers()).isEqualTo(1);
        // zone fare Z1 → Z2 on R1, route fare on bus 22
        assertThat(journey.legs().get(0).pricePerPassengerMinor()).isEqualTo(10_000);
        assertThat(journey.pricePerPassengerMinor()).isEqualTo(12_000);
    }

    @Test
    void givenNoTransfersFile_whenChangingFromRailToBus_thenTheShortWalkCatchesTheEarlierBus(@TempDir Path dir) throws Exception {
        Path feed = TestFeeds.copy("basic", dir.resolve("basic"));
        Files.delete(feed.resolve("transfers.txt"));
        RouteSearch withoutRule = new RouteSearch(TestFeeds.networkOf(RoutingSettings.defaults(),
                List.of(FeedSource.of("basic", feed))), RoutingSettings.defaults());

        Journey journey = withoutRule.earliestArrival("basic:B", "basic:D", ist("2026-03-10T08:00")).orElseThrow();

        assertThat(journey.legs().get(1).duration()).isEqualTo(Duration.ofSeconds(84));
        assertThat(journey.arrival()).isEqualTo(ist("2026-03-10T09:25"));
    }

    @Test
    void givenFastExpensiveAndSlowCheapOptions_whenSearchingAllCriteria_thenTheParetoSetHasAllFourAndNoDominatedOne() {
        List<Journey> journeys = search.paretoJourneys("basic:A", "basic:D", ist("2026-03-10T08:00"));

        assertThat(journeys).extracting(j -> j.arrival(), Journey::pricePerPassengerMinor, Journey::transfers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ist("2026-03-10T09:00"), 350_000L, 0),   // flight
                        org.assertj.core.groups.Tuple.tuple(ist("2026-03-10T09:25"), 32_000L, 1),    // express + bus 08:55
                        org.assertj.core.groups.Tuple.tuple(ist("2026-03-10T09:35"), 12_000L, 1),    // local + bus 09:05
                        org.assertj.core.groups.Tuple.tuple(ist("2026-03-10T10:30"), 6_000L, 0));    // slow bus
        for (Journey a : journeys) {
            for (Journey b : journeys) {
                assertThat(a.dominates(b)).as("%s dominates %s", a, b).isFalse();
            }
        }
        Journey local = journeys.get(2);
        assertThat(local.legs()).extracting(Leg::routeName).containsExactly("R1 Alpha - Charlie local", "", "22 Charlie - Delta");
        assertThat(local.legs().get(0).from().name()).isEqualTo("Alpha, Junction");
        assertThat(local.legs().get(2).to().id()).isEqualTo("basic:D");
    }

    @Test
    void givenEachPreference_whenPlanning_thenTheParetoSetIsRankedByIt() {
        JourneyPlanner planner = new JourneyPlanner(search, BalancedWeights.defaults());

        assertThat(planner.plan(query(Preference.FASTEST)).getFirst().legs().getFirst().mode()).isEqualTo(TransitMode.AIR);
        assertThat(planner.plan(query(Preference.CHEAPEST)).getFirst().pricePerPassengerMinor()).isEqualTo(6_000);
        // balanced: flight 30 + 840 = 870; express+bus 65 + 76.8 + 15; local+bus 85 + 28.8 + 15 = 128.8; slow bus 145 + 14.4
        Journey balanced = planner.plan(query(Preference.BALANCED)).getFirst();
        assertThat(balanced.pricePerPassengerMinor()).isEqualTo(12_000);
        assertThat(planner.plan(query(Preference.BALANCED))).hasSize(4);
    }

    private static TripQuery query(Preference preference) {
        return new TripQuery("basic:A", "basic:D", List.of(), ist("2026-03-10T08:00"), preference, 10);
    }

    @Test
    void givenAViaStationWithATwoHourStay_whenPlanning_thenTheSecondLegLeavesAfterTheStay() {
        JourneyPlanner planner = new JourneyPlanner(search, BalancedWeights.defaults());

        List<Journey> journeys = planner.plan(new TripQuery("basic:A", "basic:D",
                List.of(new ViaStop("basic:C", Duration.ofHours(2))), ist("2026-03-10T08:00"), Preference.CHEAPEST, 5));

        // express (08:40) and local (08:50) both reach the 11:00 bus; the cheaper local dominates
        assertThat(journeys).singleElement().satisfies(j -> {
            assertThat(j.legs()).extracting(l -> l.to().id()).containsExactly("basic:C_R", "basic:D");
            Leg rail = j.legs().get(0);
            Leg bus = j.legs().get(1);
            assertThat(Duration.between(rail.arrival(), bus.departure())).isGreaterThanOrEqualTo(Duration.ofHours(2));
            assertThat(bus.localDeparture()).isEqualTo(LocalDateTime.parse("2026-03-10T11:00"));
            assertThat(j.transfers()).isZero();
            assertThat(j.pricePerPassengerMinor()).isEqualTo(12_000);
        });
    }

    @Test
    void givenAStopWithoutService_whenSearching_thenThereIsNoRouteAndNoError() {
        assertThat(search.earliestArrival("basic:A", "basic:Z", ist("2026-03-10T08:00"))).isEmpty();
        assertThat(search.paretoJourneys("basic:A", "basic:Z", ist("2026-03-10T08:00"))).isEmpty();
        assertThat(new JourneyPlanner(search, BalancedWeights.defaults()).plan(new TripQuery("basic:Z", "basic:A",
                List.of(), ist("2026-03-10T08:00"), Preference.FASTEST, 3))).isEmpty();
    }

    @Test
    void givenAnOutOfRangeDate_whenSearching_thenThereIsNoRoute() {
        assertThat(search.earliestArrival("basic:A", "basic:D", ist("2027-06-01T08:00"))).isEmpty();
    }

    @Test
    void givenTheNightTrainPastMidnight_whenBoardingAfterMidnight_thenYesterdaysServiceDayIsUsed() {
        Journey journey = search.earliestArrival("basic:E", "basic:F", ist("2026-03-11T00:20")).orElseThrow();

        Leg leg = journey.legs().getFirst();
        assertThat(leg.tripId()).isEqualTo("basic:N1-2330");
        assertThat(leg.localDeparture()).isEqualTo(LocalDateTime.parse("2026-03-11T00:42"));
        assertThat(leg.localArrival()).isEqualTo(LocalDateTime.parse("2026-03-11T01:10"));
        // no fare rule for N1: ₹30 base + ₹0.60/km × 11.12 km = 3 667 paise, rounded to whole rupees
        assertThat(leg.pricePerPassengerMinor()).isEqualTo(3_700);
    }

    @Test
    void givenTheNightTrain_whenLeavingBeforeMidnight_thenItArrivesOnTheNextDate() {
        List<Journey> journeys = search.paretoJourneys("basic:D", "basic:F", ist("2026-03-10T22:00"));

        assertThat(journeys).singleElement().satisfies(j ->
                assertThat(j.legs().getFirst().localArrival()).isEqualTo(LocalDateTime.parse("2026-03-11T01:10")));
    }

    @Test
    void givenAStationAsOrigin_whenSearching_thenItsPlatformsAreUsed() {
        Journey journey = search.earliestArrival("basic:C", "basic:D", ist("2026-03-10T08:56")).orElseThrow();

        assertThat(journey.legs().getFirst().from().id()).isEqualTo("basic:C_B");
        assertThat(journey.arrival()).isEqualTo(ist("2026-03-10T09:35"));
    }

    @Test
    void givenMaxTransfersZero_whenADirectTripIsMissing_thenOnlyDirectJourneysAreFound() {
        RoutingSettings direct = RoutingSettings.defaults().withMaxTransfers(0);
        RouteSearch directOnly = new RouteSearch(TestFeeds.network(direct, "basic"), direct);

        assertThat(directOnly.earliestArrival("basic:B", "basic:D", ist("2026-03-10T08:00"))).isEmpty();
        assertThat(directOnly.paretoJourneys("basic:A", "basic:D", ist("2026-03-10T08:00")))
                .allSatisfy(j -> assertThat(j.transfers()).isZero()).hasSize(2);
    }
}
