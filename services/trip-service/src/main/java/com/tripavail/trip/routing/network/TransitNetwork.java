package com.tripavail.trip.routing.network;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The timetables of all imported feeds as flat arrays, laid out for RAPTOR (Delling, Pajor, Werneck 2012):
 *
 * <ul>
 *   <li><b>Stops</b> {@code 0..stopCount-1}, ids namespaced {@code feed:stop_id}; stations (location_type 1) are
 *       stops without patterns whose platforms point at them through {@link #parentOf}.</li>
 *   <li><b>Patterns</b>: the trips of one route with the same stop sequence and pickup/drop-off rules, sorted by
 *       departure, split further so that no trip overtakes another (RAPTOR's trip search relies on it). Trip
 *       {@code t} of pattern {@code p} at position {@code i} departs at
 *       {@code departures[patternTimesStart[p] + t * patternLength(p) + i]}.</li>
 *   <li><b>Times</b>: seconds after the service day's GTFS midnight (noon minus 12 h) in the pattern's time zone,
 *       past 86 400 for trips running after midnight. The search shifts them per service day and zone.</li>
 *   <li><b>Stop → patterns</b> and <b>transfers</b> in compressed-row form ({@code …Start[s]} to
 *       {@code …Start[s + 1]}).</li>
 * </ul>
 * Immutable once built: a new import builds a new network and swaps the reference.
 */
public final class TransitNetwork {

    // stops
    private final String[] stopIds;
    private final String[] stopNames;
    private final double[] stopLat;
    private final double[] stopLon;
    private final int[] parentOf;
    private final int[] stopZone;
    private final int[] transferSlack;
    private final Map<String, Integer> stopIndex;
    private final int[] childStart;
    private final int[] children;
    // patterns
    private final int[] patternStopStart;
    private final int[] patternStops;
    private final boolean[] patternCanBoard;
    private final boolean[] patternCanAlight;
    private final int[] patternRoute;
    private final int[] patternTripStart;
    private final int[] patternTimesStart;
    private final int[] arrivals;
    private final int[] departures;
    private final LegPricing[] patternPricing;
    // trips (global slot = patternTripStart[p] + t)
    private final int[] tripService;
    private final String[] tripIds;
    // stop -> patterns
    private final int[] stopPatternStart;
    private final int[] stopPatterns;
    private final int[] stopPatternPositions;
    // transfers
    private final int[] transferStart;
    private final int[] transferTargets;
    private final int[] transferSeconds;
    // services, routes, zones, feeds
    private final long[] serviceFirstDay;
    private final BitSet[] serviceDays;
    private final RouteInfo[] routes;
    private final ZoneId[] zones;
    private final List<FeedSummary> feeds;
    private final String currency;

    TransitNetwork(String[] stopIds, String[] stopNames, double[] stopLat, double[] stopLon, int[] parentOf,
                   int[] stopZone, int[] transferSlack, Map<String, Integer> stopIndex, int[] childStart, int[] children,
                   int[] patternStopStart, int[] patternStops, boolean[] patternCanBoard, boolean[] patternCanAlight,
                   int[] patternRoute, int[] patternTripStart, int[] patternTimesStart, int[] arrivals,
                   int[] departures, LegPricing[] patternPricing, int[] tripService, String[] tripIds,
                   int[] stopPatternStart, int[] stopPatterns, int[] stopPatternPositions, int[] transferStart,
                   int[] transferTargets, int[] transferSeconds, long[] serviceFirstDay, BitSet[] serviceDays,
                   RouteInfo[] routes, ZoneId[] zones, List<FeedSummary> feeds, String currency) {
        this.stopIds = stopIds;
        this.stopNames = stopNames;
        this.stopLat = stopLat;
        this.stopLon = stopLon;
        this.parentOf = parentOf;
        this.stopZone = stopZone;
        this.transferSlack = transferSlack;
        this.stopIndex = stopIndex;
        this.childStart = childStart;
        this.children = children;
        this.patternStopStart = patternStopStart;
        this.patternStops = patternStops;
        this.patternCanBoard = patternCanBoard;
        this.patternCanAlight = patternCanAlight;
        this.patternRoute = patternRoute;
        this.patternTripStart = patternTripStart;
        this.patternTimesStart = patternTimesStart;
        this.arrivals = arrivals;
        this.departures = departures;
        this.patternPricing = patternPricing;
        this.tripService = tripService;
        this.tripIds = tripIds;
        this.stopPatternStart = stopPatternStart;
        this.stopPatterns = stopPatterns;
        this.stopPatternPositions = stopPatternPositions;
        this.transferStart = transferStart;
        this.transferTargets = transferTargets;
        this.transferSeconds = transferSeconds;
        this.serviceFirstDay = serviceFirstDay;
        this.serviceDays = serviceDays;
        this.routes = routes;
        this.zones = zones;
        this.feeds = List.copyOf(feeds);
        this.currency = currency;
    }

    public int stopCount() {
        return stopIds.length;
    }

    public int patternCount() {
        return patternRoute.length;
    }

    public int tripCount() {
        return tripService.length;
    }

    public int stopTimeCount() {
        return arrivals.length;
    }

    public int transferCount() {
        return transferTargets.length;
    }

    /** The stop's index, or -1; {@code id} is namespaced {@code feed:stop_id}. */
    public int stopIndex(String id) {
        return stopIndex.getOrDefault(id, -1);
    }

    public String stopId(int stop) {
        return stopIds[stop];
    }

    public String stopName(int stop) {
        return stopNames[stop];
    }

    public double stopLat(int stop) {
        return stopLat[stop];
    }

    public double stopLon(int stop) {
        return stopLon[stop];
    }

    public int parentOf(int stop) {
        return parentOf[stop];
    }

    public ZoneId stopZone(int stop) {
        return zones[stopZone[stop]];
    }

    /** Seconds needed to change vehicles at this stop; {@link Integer#MAX_VALUE} where transfers are forbidden. */
    public int transferSlack(int stop) {
        return transferSlack[stop];
    }

    /** The stops a search may start or end at for this stop: the station's platforms, or the stop itself. */
    public int[] routableStops(int stop) {
        int from = childStart[stop];
        int to = childStart[stop + 1];
        if (from == to) {
            return new int[]{stop};
        }
        int[] platforms = new int[to - from + 1];
        platforms[0] = stop;
        System.arraycopy(children, from, platforms, 1, to - from);
        return platforms;
    }

    public int patternLength(int pattern) {
        return patternStopStart[pattern + 1] - patternStopStart[pattern];
    }

    public int patternStop(int pattern, int position) {
        return patternStops[patternStopStart[pattern] + position];
    }

    int[] patternStopStart() {
        return patternStopStart;
    }

    public int[] patternStopsArray() {
        return patternStops;
    }

    public int patternStopOffset(int pattern) {
        return patternStopStart[pattern];
    }

    public boolean canBoard(int pattern, int position) {
        return patternCanBoard[patternStopStart[pattern] + position];
    }

    public boolean canAlight(int pattern, int position) {
        return patternCanAlight[patternStopStart[pattern] + position];
    }

    public boolean[] canBoardArray() {
        return patternCanBoard;
    }

    public boolean[] canAlightArray() {
        return patternCanAlight;
    }

    public RouteInfo patternRoute(int pattern) {
        return routes[patternRoute[pattern]];
    }

    public int patternZone(int pattern) {
        return routes[patternRoute[pattern]].zone();
    }

    public int patternTripCount(int pattern) {
        return patternTripStart[pattern + 1] - patternTripStart[pattern];
    }

    public int patternTripStart(int pattern) {
        return patternTripStart[pattern];
    }

    public int patternTimesStart(int pattern) {
        return patternTimesStart[pattern];
    }

    public int[] arrivalsArray() {
        return arrivals;
    }

    public int[] departuresArray() {
        return departures;
    }

    public LegPricing pricing(int pattern) {
        return patternPricing[pattern];
    }

    public int tripService(int tripSlot) {
        return tripService[tripSlot];
    }

    public int[] tripServiceArray() {
        return tripService;
    }

    public String tripId(int tripSlot) {
        return tripIds[tripSlot];
    }

    public int stopPatternStart(int stop) {
        return stopPatternStart[stop];
    }

    public int stopPatternEnd(int stop) {
        return stopPatternStart[stop + 1];
    }

    public int stopPattern(int index) {
        return stopPatterns[index];
    }

    public int stopPatternPosition(int index) {
        return stopPatternPositions[index];
    }

    public int transferStart(int stop) {
        return transferStart[stop];
    }

    public int transferEnd(int stop) {
        return transferStart[stop + 1];
    }

    public int transferTarget(int index) {
        return transferTargets[index];
    }

    public int transferSeconds(int index) {
        return transferSeconds[index];
    }

    public int serviceCount() {
        return serviceDays.length;
    }

    public boolean serviceRunsOn(int service, LocalDate date) {
        long offset = date.toEpochDay() - serviceFirstDay[service];
        return offset >= 0 && offset < Integer.MAX_VALUE && serviceDays[service].get((int) offset);
    }

    public ZoneId zone(int zone) {
        return zones[zone];
    }

    public int zoneCount() {
        return zones.length;
    }

    public List<FeedSummary> feeds() {
        return feeds;
    }

    public String currency() {
        return currency;
    }

    /** Every stop id, for lookups by the caller (geocoding by name, admin listings). */
    public List<String> stopIds() {
        return List.of(stopIds);
    }
}
