package com.tripavail.trip.routing;

import com.tripavail.trip.routing.journey.Journey;

import java.util.Comparator;

/** How the Pareto-optimal journeys of a search are ranked for the traveller. */
public enum Preference {
    /** Earliest arrival, then cheaper, then fewer transfers. */
    FASTEST,
    /** Cheapest, then earlier arrival, then fewer transfers. */
    CHEAPEST,
    /** Lowest generalized cost, see {@link BalancedWeights}; ties by earlier arrival. */
    BALANCED;

    public Comparator<Journey> order(BalancedWeights weights) {
        Comparator<Journey> byArrival = Comparator.comparing(Journey::arrival);
        Comparator<Journey> byPrice = Comparator.comparingLong(Journey::pricePerPassengerMinor);
        Comparator<Journey> byTransfers = Comparator.comparingInt(Journey::transfers);
        return switch (this) {
            case FASTEST -> byArrival.thenComparing(byPrice).thenComparing(byTransfers);
            case CHEAPEST -> byPrice.thenComparing(byArrival).thenComparing(byTransfers);
            case BALANCED -> Comparator.comparingDouble(weights::generalizedCostMinutes).thenComparing(byArrival);
        };
    }
}
