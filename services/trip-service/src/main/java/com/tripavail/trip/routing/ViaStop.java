package com.tripavail.trip.routing;

import java.time.Duration;

/** A stop the traveller wants to visit, staying at least {@code minimumStay} before travelling on. */
public record ViaStop(String stopId, Duration minimumStay) {

    public ViaStop {
        if (minimumStay.isNegative()) {
            throw new IllegalArgumentException("a stay cannot be negative");
        }
    }
}
