package com.tripavail.trip.routing.gtfs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A validated GTFS feed, ready to become part of a network. Frequency-based trips are already expanded into
 * ordinary trips and blank non-timepoint times are interpolated, so every stop time has both times.
 * Stop times are columnar (one array per field, grouped by trip) because big feeds hold millions of them.
 */
public record GtfsFeed(
        String name,
        String version,
        List<Agency> agencies,
        List<Stop> stops,
        List<Route> routes,
        List<Trip> trips,
        StopTimes stopTimes,
        Map<String, ServiceDays> services,
        List<Transfer> transfers,
        List<FareAttribute> fareAttributes,
        List<FareRule> fareRules) {

    public record Agency(String id, String name, ZoneId timezone, String url) {
    }

    /** {@code locationType} 0 = stop or platform, 1 = station, 2+ = entrances and nodes (not routed on). */
    public record Stop(String id, String name, double lat, double lon, int locationType, String parentStation,
                       String zoneId) {
    }

    public record Route(String id, String agencyId, String shortName, String longName, TransitMode mode,
                        int routeType) {

        /** What a traveller reads on the vehicle: the short name, else the long name, else the id. */
        public String displayName() {
            if (!shortName.isEmpty() && !longName.isEmpty()) {
                return shortName + " " + longName;
            }
            return !shortName.isEmpty() ? shortName : !longName.isEmpty() ? longName : id;
        }
    }

    public record Trip(String id, String routeId, String serviceId, String headsign) {
    }

    /**
     * Stop times of trip {@code t} are rows {@code tripStart[t]} (inclusive) to {@code tripStart[t + 1]}
     * (exclusive) in stop_sequence order; {@code stop} indexes {@link #stops()}; times are seconds after the
     * service day's noon minus 12 h (GTFS "midnight"), and may pass 24:00:00.
     */
    public record StopTimes(int[] tripStart, int[] stop, int[] arrival, int[] departure, byte[] pickupType,
                            byte[] dropOffType) {

        public int size() {
            return stop.length;
        }
    }

    /** The days a service runs, as bits counted from {@code firstDay}. */
    public record ServiceDays(String serviceId, LocalDate firstDay, BitSet days) {

        public boolean runsOn(LocalDate date) {
            long offset = date.toEpochDay() - firstDay.toEpochDay();
            return offset >= 0 && offset < Integer.MAX_VALUE && days.get((int) offset);
        }
    }

    /** {@code type}: 0 recommended, 1 timed, 2 minimum time ({@code minTransferSeconds}), 3 not possible. */
    public record Transfer(String fromStopId, String toStopId, int type, int minTransferSeconds) {
    }

    /** Price in minor units of {@code currency} (paise for INR). */
    public record FareAttribute(String fareId, long priceMinor, String currency) {
    }

    /** Blank route/origin/destination match anything, as in GTFS fare_rules. */
    public record FareRule(String fareId, String routeId, String originZoneId, String destinationZoneId) {
    }

    public Agency agency(String agencyId) {
        if (agencies.size() == 1 || agencyId.isEmpty()) {
            return agencies.getFirst();
        }
        return agencies.stream().filter(a -> a.id().equals(agencyId)).findFirst().orElse(agencies.getFirst());
    }
}
