package com.tripavail.trip.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A place the traveller wants to visit on the way: any of {@code stopIds}, staying at least {@code minimumStay}
 * and at least {@code nights} nights before travelling on.
 *
 * <p>A night means sleeping there: after {@code n} nights the journey goes on no earlier than
 * {@link #MORNING_AFTER} on the {@code n}-th day after the (local) arrival date. So arriving at 21:00 on the 10th
 * with one night leaves from 08:00 on the 11th; arriving at 02:00 on the 10th leaves from 08:00 on the 11th
 * too (a hotel would have had the traveller check in on the 10th).
 */
public record ViaPlace(List<String> stopIds, Duration minimumStay, int nights) {

    /** The earliest time to travel on after the last night. */
    public static final LocalTime MORNING_AFTER = LocalTime.of(8, 0);

    public ViaPlace {
        stopIds = List.copyOf(stopIds);
        if (stopIds.isEmpty()) {
            throw new IllegalArgumentException("a via place needs at least one stop");
        }
        if (minimumStay.isNegative() || nights < 0) {
            throw new IllegalArgumentException("a stay cannot be negative");
        }
    }

    /** When the traveller may go on after arriving at {@code arrival} (local time in {@code zone}). */
    public Instant earliestDeparture(Instant arrival, ZoneId zone) {
        Instant afterStay = arrival.plus(minimumStay);
        if (nights == 0) {
            return afterStay;
        }
        Instant afterNights = arrival.atZone(zone).toLocalDate().plusDays(nights).atTime(MORNING_AFTER)
                .atZone(zone).toInstant();
        return afterNights.isAfter(afterStay) ? afterNights : afterStay;
    }
}
