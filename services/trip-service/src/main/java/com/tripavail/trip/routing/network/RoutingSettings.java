package com.tripavail.trip.routing.network;

import com.tripavail.trip.routing.gtfs.TransitMode;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a network is built and searched.
 *
 * @param walkingRadiusMeters       stops closer than this (straight line) get a generated walking transfer, also
 *                                  between stops of different feeds
 * @param walkingSpeedMetersPerSecond walking speed for generated transfers
 * @param defaultTransferSeconds    time needed to change vehicles at one stop when transfers.txt says nothing
 * @param maxTransfers              most changes of vehicle in a journey (RAPTOR runs maxTransfers + 1 rounds)
 * @param maxJourneyDuration        journeys longer than this are not searched for; boarding is limited anyway to
 *                                  trips of the service days before, of and after the search date
 * @param currency                  ISO 4217 code of every price in the network; feeds whose fares use another
 *                                  currency are rejected at import
 * @param modeFares                 the per-leg price of legs that no fare rule prices
 * @param priceRoundingMinor        distance-based leg prices are rounded to this many minor units (100 = whole
 *                                  rupees), so that prices differing by a few paise do not count as different
 *                                  Pareto options
 */
public record RoutingSettings(
        double walkingRadiusMeters,
        double walkingSpeedMetersPerSecond,
        int defaultTransferSeconds,
        int maxTransfers,
        Duration maxJourneyDuration,
        String currency,
        Map<TransitMode, ModeFare> modeFares,
        int priceRoundingMinor) {

    /** Base fare plus a price per kilometre of straight-line distance between boarding and alighting stop. */
    public record ModeFare(long baseMinor, long perKmMinor) {
    }

    public RoutingSettings {
        modeFares = Map.copyOf(modeFares);
        if (walkingSpeedMetersPerSecond <= 0 || maxTransfers < 0 || priceRoundingMinor < 1) {
            throw new IllegalArgumentException("walking speed, transfers and price rounding must be positive");
        }
    }

    /**
     * 500 m at 1.2 m/s, 2 min to change at a stop, 5 transfers, 72 h (long-distance trains in India run up to
     * two nights), INR with Indian fare levels (2026).
     */
    public static RoutingSettings defaults() {
        Map<TransitMode, ModeFare> fares = new EnumMap<>(TransitMode.class);
        fares.put(TransitMode.RAIL, new ModeFare(3_000, 60));
        fares.put(TransitMode.METRO, new ModeFare(1_000, 250));
        fares.put(TransitMode.MONORAIL, new ModeFare(1_000, 250));
        fares.put(TransitMode.TRAM, new ModeFare(1_000, 150));
        fares.put(TransitMode.BUS, new ModeFare(1_000, 150));
        fares.put(TransitMode.TROLLEYBUS, new ModeFare(1_000, 150));
        fares.put(TransitMode.COACH, new ModeFare(5_000, 180));
        fares.put(TransitMode.FERRY, new ModeFare(2_000, 400));
        fares.put(TransitMode.AIR, new ModeFare(150_000, 450));
        fares.put(TransitMode.CABLE_CAR, new ModeFare(5_000, 0));
        fares.put(TransitMode.FUNICULAR, new ModeFare(3_000, 0));
        fares.put(TransitMode.TAXI, new ModeFare(5_000, 1_800));
        fares.put(TransitMode.OTHER, new ModeFare(2_000, 200));
        return new RoutingSettings(500, 1.2, 120, 5, Duration.ofHours(72), "INR", fares, 100);
    }

    public ModeFare fareFor(TransitMode mode) {
        return modeFares.getOrDefault(mode, modeFares.getOrDefault(TransitMode.OTHER, new ModeFare(0, 0)));
    }

    public RoutingSettings withWalkingRadius(double meters) {
        return new RoutingSettings(meters, walkingSpeedMetersPerSecond, defaultTransferSeconds, maxTransfers,
                maxJourneyDuration, currency, modeFares, priceRoundingMinor);
    }

    public RoutingSettings withDefaultTransferSeconds(int seconds) {
        return new RoutingSettings(walkingRadiusMeters, walkingSpeedMetersPerSecond, seconds, maxTransfers,
                maxJourneyDuration, currency, modeFares, priceRoundingMinor);
    }

    public RoutingSettings withMaxTransfers(int transfers) {
        return new RoutingSettings(walkingRadiusMeters, walkingSpeedMetersPerSecond, defaultTransferSeconds, transfers,
                maxJourneyDuration, currency, modeFares, priceRoundingMinor);
    }
}
