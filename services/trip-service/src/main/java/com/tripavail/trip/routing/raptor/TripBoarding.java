package com.tripavail.trip.routing.raptor;

import com.tripavail.trip.routing.network.TransitNetwork;

/**
 * Finds the earliest trip of a pattern that can be boarded at a position no earlier than a given time, over the
 * window's service days: a binary search over the pattern's trips (sorted, no overtaking), then a short scan past
 * trips whose service does not run that day. The result is left in {@link #trip}, {@link #day} and
 * {@link #departure} (search-axis seconds); one instance per search, not thread-safe.
 */
final class TripBoarding {

    private final TransitNetwork network;
    private final ServiceDayWindow window;
    private final int[] departures;
    private final int[] tripService;

    int trip;
    int day;
    int departure;

    TripBoarding(TransitNetwork network, ServiceDayWindow window) {
        this.network = network;
        this.window = window;
        this.departures = network.departuresArray();
        this.tripService = network.tripServiceArray();
    }

    /** True if a trip was found; {@code notAfter} bounds the search (an already ridden trip need not be beaten). */
    boolean earliest(int pattern, int position, int earliestTime, int notAfter) {
        int tripCount = network.patternTripCount(pattern);
        int length = network.patternLength(pattern);
        int times = network.patternTimesStart(pattern) + position;
        int tripStart = network.patternTripStart(pattern);
        int zone = network.patternZone(pattern);
        int bestDeparture = notAfter;
        boolean found = false;
        for (int d = 0; d < ServiceDayWindow.DAYS; d++) {
            int shift = window.shift(d, zone);
            int target = earliestTime - shift;
            int low = 0;
            int high = tripCount;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (departures[times + mid * length] < target) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            for (int j = low; j < tripCount; j++) {
                int time = departures[times + j * length] + shift;
                if (time >= bestDeparture) {
                    break;
                }
                if (window.runs(d, tripService[tripStart + j])) {
                    bestDeparture = time;
                    trip = j;
                    day = d;
                    departure = time;
                    found = true;
                    break;
                }
            }
        }
        return found;
    }
}
