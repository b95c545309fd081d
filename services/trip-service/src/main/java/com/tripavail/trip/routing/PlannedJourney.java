package com.tripavail.trip.routing;

import com.tripavail.trip.routing.journey.Journey;

import java.util.ArrayList;
import java.util.List;

/**
 * A journey through via places, with where each via place falls in it: {@code viaArrivalLegs.get(i)} is the index
 * of the leg arriving at via place {@code i} (the next leg leaves it after the stay).
 */
public record PlannedJourney(Journey journey, List<Integer> viaArrivalLegs) {

    public PlannedJourney {
        viaArrivalLegs = List.copyOf(viaArrivalLegs);
    }

    PlannedJourney followedBy(Journey next) {
        List<Integer> boundaries = new ArrayList<>(viaArrivalLegs);
        boundaries.add(journey.legs().size() - 1);
        return new PlannedJourney(journey.followedBy(next), boundaries);
    }
}
