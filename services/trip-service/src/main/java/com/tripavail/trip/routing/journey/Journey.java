package com.tripavail.trip.routing.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A way from origin to destination. {@code transfers} counts changes of vehicle; a planned stay at a via stop is
 * not a transfer. Prices are per passenger in minor units of {@code currency}.
 */
public record Journey(List<Leg> legs, int transfers, String currency) {

    public Journey {
        legs = List.copyOf(legs);
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("a journey has at least one leg");
        }
    }

    public Instant departure() {
        return legs.getFirst().departure();
    }

    public Instant arrival() {
        return legs.getLast().arrival();
    }

    public Duration duration() {
        return Duration.between(departure(), arrival());
    }

    public long pricePerPassengerMinor() {
        return legs.stream().mapToLong(Leg::pricePerPassengerMinor).sum();
    }

    public long transitLegs() {
        return legs.stream().filter(l -> l.kind() == LegKind.TRANSIT).count();
    }

    /** This journey followed by {@code next} (the part after a via stop). */
    public Journey followedBy(Journey next) {
        List<Leg> all = new ArrayList<>(legs);
        all.addAll(next.legs);
        return new Journey(all, transfers + next.transfers, currency);
    }

    /** Pareto dominance over (arrival, price, transfers): no worse in all, better in one. */
    public boolean dominates(Journey other) {
        boolean noWorse = !arrival().isAfter(other.arrival()) && pricePerPassengerMinor() <= other.pricePerPassengerMinor()
                && transfers <= other.transfers;
        boolean better = arrival().isBefore(other.arrival()) || pricePerPassengerMinor() < other.pricePerPassengerMinor()
                || transfers < other.transfers;
        return noWorse && better;
    }
}
