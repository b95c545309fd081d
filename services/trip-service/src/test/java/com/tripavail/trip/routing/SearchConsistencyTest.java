package com.tripavail.trip.routing;

import com.tripavail.trip.routing.benchmark.MetropolitanFeedGenerator;
import com.tripavail.trip.routing.gtfs.FeedSource;
import com.tripavail.trip.routing.journey.Journey;
import com.tripavail.trip.routing.journey.Leg;
import com.tripavail.trip.routing.journey.LegKind;
import com.tripavail.trip.routing.network.RoutingSettings;
import com.tripavail.trip.routing.network.TransitNetwork;
import com.tripavail.trip.routing.raptor.RouteSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a generated small city (walks between every pair of neighbouring stops, buses and metro lines), RAPTOR and
 * McRAPTOR must agree: the earliest arrival of the Pareto set is RAPTOR's, every journey is well formed and the
 * set holds no dominated journey. This caught a walk arrival dominating a transit arrival (which alone may walk on).
 */
class SearchConsistencyTest {

    @Test
    void givenRandomQueriesOnAGeneratedCity_whenSearchedBothWays_thenTheAlgorithmsAgree(@TempDir Path dir) throws IOException {
        new MetropolitanFeedGenerator(24, 40, 4, 7).write(dir);
        TransitNetwork network = TestFeeds.networkOf(RoutingSettings.defaults(), List.of(FeedSource.of("city", dir)));
        RouteSearch search = new RouteSearch(network, RoutingSettings.defaults());
        Random random = new Random(7);
        int reached = 0;
        for (int i = 0; i < 150; i++) {
            String from = network.stopId(random.nextInt(network.stopCount()));
            String to = network.stopId(random.nextInt(network.stopCount()));
            Instant at = LocalDate.of(2026, 3, 10 + random.nextInt(5))
                    .atTime(LocalTime.ofSecondOfDay(4 * 3600 + random.nextInt(20 * 3600))).atZone(TestFeeds.IST).toInstant();

            Optional<Journey> earliest = search.earliestArrival(from, to, at);
            List<Journey> pareto = search.paretoJourneys(from, to, at);

            assertThat(pareto.isEmpty()).as("reachability %s → %s at %s", from, to, at).isEqualTo(earliest.isEmpty());
            if (earliest.isPresent()) {
                reached++;
                assertThat(pareto.getFirst().arrival()).as("%s → %s at %s", from, to, at).isEqualTo(earliest.get().arrival());
                for (Journey j : pareto) {
                    wellFormed(j, from, to, at);
                    assertThat(pareto).noneMatch(other -> other.dominates(j));
                }
                wellFormed(earliest.get(), from, to, at);
            }
        }
        assertThat(reached).isGreaterThan(100);
    }

    private static void wellFormed(Journey journey, String from, String to, Instant at) {
        assertThat(journey.legs().getFirst().from().id()).isEqualTo(from);
        assertThat(journey.legs().getLast().to().id()).isEqualTo(to);
        assertThat(journey.departure()).isAfterOrEqualTo(at);
        for (int i = 0; i < journey.legs().size(); i++) {
            Leg leg = journey.legs().get(i);
            assertThat(leg.arrival()).isAfterOrEqualTo(leg.departure());
            if (i > 0) {
                Leg before = journey.legs().get(i - 1);
                assertThat(leg.from().id()).isEqualTo(before.to().id());
                assertThat(leg.departure()).isAfterOrEqualTo(before.arrival());
                assertThat(leg.kind() == LegKind.WALK && before.kind() == LegKind.WALK).isFalse();
            }
        }
        assertThat(journey.transfers()).isEqualTo(Math.max(0, (int) journey.transitLegs() - 1));
    }
}
