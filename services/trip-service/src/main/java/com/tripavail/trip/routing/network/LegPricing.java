package com.tripavail.trip.routing.network;

/**
 * The price per passenger, in minor units, of riding one route pattern from position {@code board} to position
 * {@code alight}. One instance per pattern, so the search never looks fares up by name.
 */
public sealed interface LegPricing {

    int price(int board, int alight);

    /** Base fare plus a rate per km of straight-line distance along the pattern, rounded. */
    record ByDistance(int[] cumulativeMeters, long baseMinor, long perKmMinor, int roundingMinor) implements LegPricing {
        @Override
        public int price(int board, int alight) {
            long meters = cumulativeMeters[alight] - cumulativeMeters[board];
            long raw = baseMinor + perKmMinor * meters / 1000;
            return (int) ((raw + roundingMinor / 2) / roundingMinor * roundingMinor);
        }
    }

    /**
     * GTFS fare_rules resolved per pair of fare zones on this pattern: {@code zoneAt[position]} indexes the square
     * {@code zonePrices} matrix; -1 there means no rule applies, so the distance price is used.
     */
    record ByFareZones(int[] zoneAt, int zoneCount, int[] zonePrices, ByDistance fallback) implements LegPricing {
        @Override
        public int price(int board, int alight) {
            int p = zonePrices[zoneAt[board] * zoneCount + zoneAt[alight]];
            return p >= 0 ? p : fallback.price(board, alight);
        }
    }
}
