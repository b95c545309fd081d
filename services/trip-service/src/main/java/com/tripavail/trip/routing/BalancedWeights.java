package com.tripavail.trip.routing;

import com.tripavail.trip.routing.journey.Journey;

/**
 * The weighting behind {@link Preference#BALANCED}: a journey's generalized cost in minutes is
 * <pre>
 *   duration in minutes (first departure to last arrival, waits and stays included)
 *   + price per passenger × 60 / valueOfTimeMinorPerHour
 *   + transfers × transferPenaltyMinutes
 * </pre>
 * With the defaults (₹250 per hour, 15 min per transfer) ₹100 saved is worth 24 min more travel, and a change of
 * vehicle counts like a quarter hour: a 4 h flight at ₹9 000 (cost 2 400) loses to a 32 h train at ₹1 500
 * (cost 2 280), and a direct bus beats the same bus plus a change that arrives ten minutes earlier.
 */
public record BalancedWeights(long valueOfTimeMinorPerHour, int transferPenaltyMinutes) {

    public BalancedWeights {
        if (valueOfTimeMinorPerHour <= 0 || transferPenaltyMinutes < 0) {
            throw new IllegalArgumentException("value of time must be positive, transfer penalty not negative");
        }
    }

    public static BalancedWeights defaults() {
        return new BalancedWeights(25_000, 15);
    }

    public double generalizedCostMinutes(Journey journey) {
        return journey.duration().toSeconds() / 60.0
                + journey.pricePerPassengerMinor() * 60.0 / valueOfTimeMinorPerHour
                + journey.transfers() * (double) transferPenaltyMinutes;
    }
}
