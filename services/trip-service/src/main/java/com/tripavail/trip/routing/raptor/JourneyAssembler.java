package com.tripavail.trip.routing.raptor;

import com.tripavail.trip.routing.journey.Journey;
import com.tripavail.trip.routing.journey.Leg;
import com.tripavail.trip.routing.journey.LegKind;
import com.tripavail.trip.routing.journey.StopRef;
import com.tripavail.trip.routing.network.RouteInfo;
import com.tripavail.trip.routing.network.TransitNetwork;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Turns a chain of labels (destination back to origin) into a journey with instants, local times and prices. */
final class JourneyAssembler {

    private final TransitNetwork network;
    private final ServiceDayWindow window;

    JourneyAssembler(TransitNetwork network, ServiceDayWindow window) {
        this.network = network;
        this.window = window;
    }

    /** Empty when the chain has no leg (origin and destination are the same stop). */
    Optional<Journey> journey(Label destination) {
        List<Leg> legs = new ArrayList<>();
        int transitLegs = 0;
        for (Label label = destination; label.kind != Label.ACCESS; label = label.previous) {
            if (label.kind == Label.WALK) {
                legs.add(new Leg(LegKind.WALK, null, "", "", "", stop(label.previous.stop), stop(label.stop),
                        instant(label.previous.arrival), instant(label.arrival),
                        local(label.previous.arrival, label.previous.stop), local(label.arrival, label.stop), 0, ""));
            } else {
                transitLegs++;
                RouteInfo route = network.patternRoute(label.pattern);
                int from = network.patternStop(label.pattern, label.boardPosition);
                legs.add(new Leg(LegKind.TRANSIT, route.mode(), route.operator(), route.name(),
                        network.tripId(network.patternTripStart(label.pattern) + label.trip), stop(from),
                        stop(label.stop), instant(label.boardTime), instant(label.arrival),
                        local(label.boardTime, from), local(label.arrival, label.stop),
                        label.price - label.previous.price, route.operatorUrl()));
            }
        }
        if (legs.isEmpty()) {
            return Optional.empty();
        }
        Collections.reverse(legs);
        return Optional.of(new Journey(legs, Math.max(0, transitLegs - 1), network.currency()));
    }

    private StopRef stop(int stop) {
        return new StopRef(network.stopId(stop), network.stopName(stop), network.stopLat(stop), network.stopLon(stop));
    }

    private Instant instant(int time) {
        return Instant.ofEpochSecond(window.baseEpochSecond() + time);
    }

    private LocalDateTime local(int time, int stop) {
        return LocalDateTime.ofInstant(instant(time), network.stopZone(stop));
    }
}
