package com.tripavail.trip.routing.network;

import com.tripavail.trip.routing.gtfs.GeoDistance;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A uniform grid over stop coordinates with cells one search radius wide, so that finding every pair of stops
 * within the radius looks at the 3×3 cells around each stop instead of all stops (O(n·k), not O(n²)).
 * Cells are sized for the highest latitude in the set, where a degree of longitude is shortest, so no pair is missed.
 */
final class StopGrid {

    /** Receives each pair once per direction. */
    @FunctionalInterface
    interface PairConsumer {
        void accept(int from, int to, double meters);
    }

    private final double[] lat;
    private final double[] lon;
    private final double radiusMeters;
    private final double cellLat;
    private final double cellLon;
    private final Map<Long, int[]> cells = new HashMap<>();

    StopGrid(double[] lat, double[] lon, IntPredicate included, double radiusMeters) {
        this.lat = lat;
        this.lon = lon;
        this.radiusMeters = radiusMeters;
        double maxAbsLat = 0;
        for (int s = 0; s < lat.length; s++) {
            if (included.test(s)) {
                maxAbsLat = Math.max(maxAbsLat, Math.abs(lat[s]));
            }
        }
        double metersPerDegree = Math.PI * GeoDistance.EARTH_RADIUS_METERS / 180;
        this.cellLat = radiusMeters / metersPerDegree;
        this.cellLon = radiusMeters / (metersPerDegree * Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, maxAbsLat)))));
        Map<Long, Integer> counts = new HashMap<>();
        for (int s = 0; s < lat.length; s++) {
            if (included.test(s)) {
                long key = key(cellOfLat(lat[s]), cellOfLon(lon[s]));
                int[] cell = cells.get(key);
                if (cell == null) {
                    cell = new int[4];
                    cells.put(key, cell);
                }
                int size = counts.merge(key, 1, Integer::sum);
                if (size > cell.length) {
                    cell = Arrays.copyOf(cell, cell.length * 2);
                    cells.put(key, cell);
                }
                cell[size - 1] = s;
            }
        }
        cells.replaceAll((key, cell) -> Arrays.copyOf(cell, counts.get(key)));
    }

    /** Every ordered pair of distinct included stops at most the radius apart. */
    void forEachPairWithinRadius(PairConsumer consumer) {
        for (Map.Entry<Long, int[]> entry : cells.entrySet()) {
            int cy = (int) (entry.getKey() >> 32);
            int cx = (int) (long) entry.getKey();
            for (int from : entry.getValue()) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int[] neighbours = cells.get(key(cy + dy, cx + dx));
                        if (neighbours == null) {
                            continue;
                        }
                        for (int to : neighbours) {
                            if (to == from) {
                                continue;
                            }
                            double meters = GeoDistance.meters(lat[from], lon[from], lat[to], lon[to]);
                            if (meters <= radiusMeters) {
                                consumer.accept(from, to, meters);
                            }
                        }
                    }
                }
            }
        }
    }

    private int cellOfLat(double latitude) {
        return (int) Math.floor(latitude / cellLat);
    }

    private int cellOfLon(double longitude) {
        return (int) Math.floor(longitude / cellLon);
    }

    private static long key(int cy, int cx) {
        return ((long) cy << 32) | (cx & 0xffffffffL);
    }
}
