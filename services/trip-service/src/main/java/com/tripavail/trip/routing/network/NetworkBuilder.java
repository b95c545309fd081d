package com.tripavail.trip.routing.network;

import com.tripavail.trip.routing.gtfs.GeoDistance;
import com.tripavail.trip.routing.gtfs.GtfsFeed;
import com.tripavail.trip.routing.gtfs.GtfsFeed.FareAttribute;
import com.tripavail.trip.routing.gtfs.GtfsFeed.FareRule;
import com.tripavail.trip.routing.gtfs.GtfsFeed.StopTimes;
import com.tripavail.trip.routing.gtfs.GtfsFeed.Transfer;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns validated feeds into one {@link TransitNetwork}: namespaces ids by feed, groups trips into
 * RAPTOR patterns, generates walking transfers (between feeds too) and resolves fares per pattern.
 */
public final class NetworkBuilder {

    private static final int FORBIDDEN = -1;

    private final RoutingSettings settings;

    public NetworkBuilder(RoutingSettings settings) {
        this.settings = settings;
    }

    public TransitNetwork build(List<GtfsFeed> feeds) {
        // ---- zones, stops
        Map<ZoneId, Integer> zoneIndex = new LinkedHashMap<>();
        int stopTotal = feeds.stream().mapToInt(f -> f.stops().size()).sum();
        String[] stopIds = new String[stopTotal];
        String[] stopNames = new String[stopTotal];
        double[] lat = new double[stopTotal];
        double[] lon = new double[stopTotal];
        int[] parentOf = new int[stopTotal];
        int[] stopZone = new int[stopTotal];
        int[] locationType = new int[stopTotal];
        String[] fareZone = new String[stopTotal];
        Map<String, Integer> stopIndex = new HashMap<>(stopTotal * 2);
        int[] feedStopOffset = new int[feeds.size()];
        int next = 0;
        for (int f = 0; f < feeds.size(); f++) {
            GtfsFeed feed = feeds.get(f);
            feedStopOffset[f] = next;
            int zone = zoneIndex.computeIfAbsent(feed.agencies().getFirst().timezone(), z -> zoneIndex.size());
            for (GtfsFeed.Stop stop : feed.stops()) {
                stopIds[next] = namespaced(feed, stop.id());
                stopNames[next] = stop.name();
                lat[next] = stop.lat();
                lon[next] = stop.lon();
                stopZone[next] = zone;
                locationType[next] = stop.locationType();
                fareZone[next] = stop.zoneId();
                stopIndex.put(stopIds[next], next);
                next++;
            }
        }
        for (int f = 0; f < feeds.size(); f++) {
            GtfsFeed feed = feeds.get(f);
            for (int i = 0; i < feed.stops().size(); i++) {
                String parent = feed.stops().get(i).parentStation();
                parentOf[feedStopOffset[f] + i] = parent.isEmpty() ? -1 : stopIndex.get(namespaced(feed, parent));
            }
        }
        int[] childStart = new int[stopTotal + 1];
        for (int s = 0; s < stopTotal; s++) {
            if (parentOf[s] >= 0 && locationType[s] == 0) {
                childStart[parentOf[s] + 1]++;
            }
        }
        for (int s = 0; s < stopTotal; s++) {
            childStart[s + 1] += childStart[s];
        }
        int[] children = new int[childStart[stopTotal]];
        int[] childFill = Arrays.copyOf(childStart, stopTotal);
        for (int s = 0; s < stopTotal; s++) {
            if (parentOf[s] >= 0 && locationType[s] == 0) {
                children[childFill[parentOf[s]]++] = s;
            }
        }

        // ---- services and routes
        List<Long> serviceFirstDays = new ArrayList<>();
        List<BitSet> serviceDays = new ArrayList<>();
        List<Map<String, Integer>> feedServices = new ArrayList<>();
        List<RouteInfo> routes = new ArrayList<>();
        List<Map<String, Integer>> feedRoutes = new ArrayList<>();
        for (int f = 0; f < feeds.size(); f++) {
            GtfsFeed feed = feeds.get(f);
            Map<String, Integer> services = new HashMap<>();
            for (GtfsFeed.ServiceDays days : feed.services().values()) {
                services.put(days.serviceId(), serviceDays.size());
                serviceFirstDays.add(days.firstDay().toEpochDay());
                serviceDays.add(days.days());
            }
            feedServices.add(services);
            Map<String, Integer> routeIndex = new HashMap<>();
            for (GtfsFeed.Route route : feed.routes()) {
                GtfsFeed.Agency agency = feed.agency(route.agencyId());
                int zone = zoneIndex.computeIfAbsent(agency.timezone(), z -> zoneIndex.size());
                routeIndex.put(route.id(), routes.size());
                routes.add(new RouteInfo(namespaced(feed, route.id()), route.displayName(), route.mode(), agency.name(), zone, f,
                        agency.url()));
            }
            feedRoutes.add(routeIndex);
        }

        // ---- patterns: group trips by route + stop sequence + boarding rules
        Map<PatternKey, List<long[]>> groups = new LinkedHashMap<>();
        for (int f = 0; f < feeds.size(); f++) {
            GtfsFeed feed = feeds.get(f);
            StopTimes st = feed.stopTimes();
            for (int t = 0; t < feed.trips().size(); t++) {
                int from = st.tripStart()[t];
                int to = st.tripStart()[t + 1];
                int[] stops = new int[to - from];
                boolean[] board = new boolean[to - from];
                boolean[] alight = new boolean[to - from];
                for (int i = from; i < to; i++) {
                    stops[i - from] = feedStopOffset[f] + st.stop()[i];
                    board[i - from] = st.pickupType()[i] != 1;
                    alight[i - from] = st.dropOffType()[i] != 1;
                }
                int route = feedRoutes.get(f).get(feed.trips().get(t).routeId());
                groups.computeIfAbsent(new PatternKey(route, stops, board, alight), k -> new ArrayList<>())
                        .add(new long[]{f, t});
            }
        }
        List<PatternKey> patternKeys = new ArrayList<>();
        List<List<long[]>> patternTrips = new ArrayList<>();
        for (Map.Entry<PatternKey, List<long[]>> group : groups.entrySet()) {
            for (List<long[]> fifo : splitOvertaking(group.getValue(), feeds)) {
                patternKeys.add(group.getKey());
                patternTrips.add(fifo);
            }
        }
        int patternCount = patternKeys.size();
        int[] patternStopStart = new int[patternCount + 1];
        int[] patternTripStart = new int[patternCount + 1];
        int[] patternTimesStart = new int[patternCount + 1];
        for (int p = 0; p < patternCount; p++) {
            int length = patternKeys.get(p).stops.length;
            patternStopStart[p + 1] = patternStopStart[p] + length;
            patternTripStart[p + 1] = patternTripStart[p] + patternTrips.get(p).size();
            patternTimesStart[p + 1] = patternTimesStart[p] + length * patternTrips.get(p).size();
        }
        int[] patternStops = new int[patternStopStart[patternCount]];
        boolean[] canBoard = new boolean[patternStops.length];
        boolean[] canAlight = new boolean[patternStops.length];
        int[] patternRoute = new int[patternCount];
        int[] arrivals = new int[patternTimesStart[patternCount]];
        int[] departures = new int[arrivals.length];
        int[] tripService = new int[patternTripStart[patternCount]];
        String[] tripIds = new String[tripService.length];
        LegPricing[] pricing = new LegPricing[patternCount];
        List<FarePlan> farePlans = feeds.stream().map(FarePlan::new).toList();
        for (int p = 0; p < patternCount; p++) {
            PatternKey key = patternKeys.get(p);
            int length = key.stops.length;
            System.arraycopy(key.stops, 0, patternStops, patternStopStart[p], length);
            System.arraycopy(key.board, 0, canBoard, patternStopStart[p], length);
            System.arraycopy(key.alight, 0, canAlight, patternStopStart[p], length);
            patternRoute[p] = key.route;
            List<long[]> trips = patternTrips.get(p);
            for (int j = 0; j < trips.size(); j++) {
                int f = (int) trips.get(j)[0];
                int t = (int) trips.get(j)[1];
                GtfsFeed feed = feeds.get(f);
                StopTimes st = feed.stopTimes();
                int base = patternTimesStart[p] + j * length;
                System.arraycopy(st.arrival(), st.tripStart()[t], arrivals, base, length);
                System.arraycopy(st.departure(), st.tripStart()[t], departures, base, length);
                GtfsFeed.Trip trip = feed.trips().get(t);
                tripService[patternTripStart[p] + j] = feedServices.get(f).get(trip.serviceId());
                tripIds[patternTripStart[p] + j] = namespaced(feed, trip.id());
            }
            RouteInfo route = routes.get(key.route);
            pricing[p] = farePlans.get(route.feed()).pricing(feeds.get(route.feed()), route, key.stops, lat, lon, fareZone);
        }

        // ---- stop -> patterns (first position of the stop in each pattern)
        int[] stopPatternStart = new int[stopTotal + 1];
        for (int p = 0; p < patternCount; p++) {
            forEachFirstOccurrence(patternStops, patternStopStart[p], patternStopStart[p + 1],
                    (stop, position) -> stopPatternStart[stop + 1]++);
        }
        for (int s = 0; s < stopTotal; s++) {
            stopPatternStart[s + 1] += stopPatternStart[s];
        }
        int[] stopPatterns = new int[stopPatternStart[stopTotal]];
        int[] stopPatternPositions = new int[stopPatterns.length];
        int[] fill = Arrays.copyOf(stopPatternStart, stopTotal);
        for (int p = 0; p < patternCount; p++) {
            final int pattern = p;
            forEachFirstOccurrence(patternStops, patternStopStart[p], patternStopStart[p + 1], (stop, position) -> {
                stopPatterns[fill[stop]] = pattern;
                stopPatternPositions[fill[stop]++] = position;
            });
        }

        // ---- transfers
        int[] transferSlack = new int[stopTotal];
        Arrays.fill(transferSlack, settings.defaultTransferSeconds());
        Map<Long, Integer> footpaths = new HashMap<>();
        new StopGrid(lat, lon, s -> locationType[s] == 0, settings.walkingRadiusMeters())
                .forEachPairWithinRadius((from, to, meters) ->
                        footpaths.put(pair(from, to), walkingSeconds(meters)));
        for (int f = 0; f < feeds.size(); f++) {
            GtfsFeed feed = feeds.get(f);
            for (Transfer transfer : feed.transfers()) {
                int[] fromStops = platforms(stopIndex.get(namespaced(feed, transfer.fromStopId())), childStart, children);
                int[] toStops = platforms(stopIndex.get(namespaced(feed, transfer.toStopId())), childStart, children);
                for (int from : fromStops) {
                    for (int to : toStops) {
                        applyTransfer(transfer, from, to, transferSlack, footpaths, lat, lon);
                    }
                }
            }
        }
        footpaths.values().removeIf(seconds -> seconds == FORBIDDEN);
        long[] pairs = footpaths.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int[] transferStart = new int[stopTotal + 1];
        int[] transferTargets = new int[pairs.length];
        int[] transferSeconds = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            int from = (int) (pairs[i] >>> 32);
            transferStart[from + 1]++;
            transferTargets[i] = (int) pairs[i];
            transferSeconds[i] = footpaths.get(pairs[i]);
        }
        for (int s = 0; s < stopTotal; s++) {
            transferStart[s + 1] += transferStart[s];
        }

        List<FeedSummary> summaries = new ArrayList<>();
        for (GtfsFeed feed : feeds) {
            summaries.add(new FeedSummary(feed.name(), feed.version(), feed.agencies().getFirst().timezone(),
                    feed.stops().size(), feed.routes().size(), feed.trips().size(), feed.stopTimes().size()));
        }
        return new TransitNetwork(stopIds, stopNames, lat, lon, parentOf, stopZone, transferSlack, stopIndex,
                childStart, children, patternStopStart, patternStops, canBoard, canAlight, patternRoute,
                patternTripStart, patternTimesStart, arrivals, departures, pricing, tripService, tripIds,
                stopPatternStart, stopPatterns, stopPatternPositions, transferStart, transferTargets, transferSeconds,
                serviceFirstDays.stream().mapToLong(Long::longValue).toArray(), serviceDays.toArray(BitSet[]::new),
                routes.toArray(RouteInfo[]::new), zoneIndex.keySet().toArray(ZoneId[]::new), summaries,
                settings.currency());
    }

    /**
     * transfers.txt overrides what was generated: type 2 sets the minimum time (at one stop: the stop's change
     * time), type 3 forbids, types 0/1 add a walk where none was generated.
     */
    private void applyTransfer(Transfer transfer, int from, int to, int[] slack, Map<Long, Integer> footpaths,
                               double[] lat, double[] lon) {
        int walk = walkingSeconds(GeoDistance.meters(lat[from], lon[from], lat[to], lon[to]));
        switch (transfer.type()) {
            case 2 -> {
                if (from == to) {
                    slack[from] = transfer.minTransferSeconds();
                } else {
                    footpaths.put(pair(from, to), transfer.minTransferSeconds());
                }
            }
            case 3 -> {
                if (from == to) {
                    slack[from] = Integer.MAX_VALUE;
                } else {
                    footpaths.put(pair(from, to), FORBIDDEN);
                }
            }
            case 0, 1 -> {
                if (from != to) {
                    footpaths.putIfAbsent(pair(from, to), walk);
                }
            }
            default -> {
                // 4 and 5 are in-seat transfers between trips, which RAPTOR models as ordinary changes.
            }
        }
    }

    private static int[] platforms(int stop, int[] childStart, int[] children) {
        int from = childStart[stop];
        int to = childStart[stop + 1];
        return from == to ? new int[]{stop} : Arrays.copyOfRange(children, from, to);
    }

    private int walkingSeconds(double meters) {
        return (int) Math.ceil(meters / settings.walkingSpeedMetersPerSecond());
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | to;
    }

    private static String namespaced(GtfsFeed feed, String id) {
        return feed.name() + ":" + id;
    }

    @FunctionalInterface
    private interface StopPosition {
        void accept(int stop, int position);
    }

    private static void forEachFirstOccurrence(int[] patternStops, int from, int to, StopPosition consumer) {
        for (int i = from; i < to; i++) {
            boolean first = true;
            for (int j = from; j < i && first; j++) {
                first = patternStops[j] != patternStops[i];
            }
            if (first) {
                consumer.accept(patternStops[i], i - from);
            }
        }
    }

    /**
     * Sorts the trips by departure and splits them into runs in which no trip overtakes an earlier one (at every
     * stop both times are not earlier), which RAPTOR's binary search over a pattern's trips needs.
     */
    private static List<List<long[]>> splitOvertaking(List<long[]> trips, List<GtfsFeed> feeds) {
        List<long[]> sorted = new ArrayList<>(trips);
        sorted.sort((a, b) -> {
            StopTimes sa = feeds.get((int) a[0]).stopTimes();
            StopTimes sb = feeds.get((int) b[0]).stopTimes();
            int c = Integer.compare(sa.departure()[sa.tripStart()[(int) a[1]]], sb.departure()[sb.tripStart()[(int) b[1]]]);
            return c != 0 ? c : Integer.compare(sa.arrival()[sa.tripStart()[(int) a[1] + 1] - 1],
                    sb.arrival()[sb.tripStart()[(int) b[1] + 1] - 1]);
        });
        List<List<long[]>> runs = new ArrayList<>();
        for (long[] trip : sorted) {
            List<long[]> home = null;
            for (List<long[]> run : runs) {
                if (!overtakes(trip, run.getLast(), feeds)) {
                    home = run;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                runs.add(home);
            }
            home.add(trip);
        }
        return runs;
    }

    private static boolean overtakes(long[] later, long[] earlier, List<GtfsFeed> feeds) {
        StopTimes sl = feeds.get((int) later[0]).stopTimes();
        StopTimes se = feeds.get((int) earlier[0]).stopTimes();
        int l = sl.tripStart()[(int) later[1]];
        int e = se.tripStart()[(int) earlier[1]];
        int length = sl.tripStart()[(int) later[1] + 1] - l;
        for (int i = 0; i < length; i++) {
            if (sl.departure()[l + i] < se.departure()[e + i] || sl.arrival()[l + i] < se.arrival()[e + i]) {
                return true;
            }
        }
        return false;
    }

    /** A pattern's identity; arrays compared by content. */
    private static final class PatternKey {
        final int route;
        final int[] stops;
        final boolean[] board;
        final boolean[] alight;
        private final int hash;

        PatternKey(int route, int[] stops, boolean[] board, boolean[] alight) {
            this.route = route;
            this.stops = stops;
            this.board = board;
            this.alight = alight;
            this.hash = 31 * (31 * (31 * route + Arrays.hashCode(stops)) + Arrays.hashCode(board)) + Arrays.hashCode(alight);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PatternKey k && k.hash == hash && k.route == route && Arrays.equals(k.stops, stops)
                    && Arrays.equals(k.board, board) && Arrays.equals(k.alight, alight);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * One feed's fare_attributes and fare_rules. A rule matches a leg when its route, origin zone and destination
     * zone are blank or equal to the leg's; the cheapest matching fare applies (contains_id is not used: a leg's
     * zones are its boarding and alighting stops' zones). Legs no rule matches are priced by distance.
     */
    private final class FarePlan {
        private final Map<String, Long> prices = new HashMap<>();
        private final List<FareRule> rules;

        FarePlan(GtfsFeed feed) {
            for (FareAttribute fare : feed.fareAttributes()) {
                prices.put(fare.fareId(), fare.priceMinor());
            }
            this.rules = feed.fareRules();
        }

        LegPricing pricing(GtfsFeed feed, RouteInfo route, int[] stops, double[] lat, double[] lon, String[] fareZone) {
            int[] cumulative = new int[stops.length];
            for (int i = 1; i < stops.length; i++) {
                cumulative[i] = cumulative[i - 1] + (int) Math.round(GeoDistance.meters(lat[stops[i - 1]],
                        lon[stops[i - 1]], lat[stops[i]], lon[stops[i]]));
            }
            RoutingSettings.ModeFare modeFare = settings.fareFor(route.mode());
            var byDistance = new LegPricing.ByDistance(cumulative, modeFare.baseMinor(), modeFare.perKmMinor(),
                    settings.priceRoundingMinor());
            String routeId = route.id().substring(feed.name().length() + 1);
            List<FareRule> applicable = rules.stream()
                    .filter(r -> r.routeId().isEmpty() || r.routeId().equals(routeId)).toList();
            if (applicable.isEmpty()) {
                return byDistance;
            }
            Map<String, Integer> zones = new LinkedHashMap<>();
            int[] zoneAt = new int[stops.length];
            for (int i = 0; i < stops.length; i++) {
                zoneAt[i] = zones.computeIfAbsent(fareZone[stops[i]], z -> zones.size());
            }
            List<String> zoneNames = new ArrayList<>(zones.keySet());
            int k = zoneNames.size();
            int[] matrix = new int[k * k];
            for (int o = 0; o < k; o++) {
                for (int d = 0; d < k; d++) {
                    long best = Long.MAX_VALUE;
                    for (FareRule rule : applicable) {
                        if ((rule.originZoneId().isEmpty() || rule.originZoneId().equals(zoneNames.get(o)))
                                && (rule.destinationZoneId().isEmpty() || rule.destinationZoneId().equals(zoneNames.get(d)))) {
                            best = Math.min(best, prices.get(rule.fareId()));
                        }
                    }
                    matrix[o * k + d] = best == Long.MAX_VALUE ? -1 : (int) best;
                }
            }
            return new LegPricing.ByFareZones(zoneAt, k, matrix, byDistance);
        }
    }
}
