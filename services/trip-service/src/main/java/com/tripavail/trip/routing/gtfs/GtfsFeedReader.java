package com.tripavail.trip.routing.gtfs;

import com.tripavail.trip.routing.gtfs.GtfsFeed.Agency;
import com.tripavail.trip.routing.gtfs.GtfsFeed.FareAttribute;
import com.tripavail.trip.routing.gtfs.GtfsFeed.FareRule;
import com.tripavail.trip.routing.gtfs.GtfsFeed.Route;
import com.tripavail.trip.routing.gtfs.GtfsFeed.ServiceDays;
import com.tripavail.trip.routing.gtfs.GtfsFeed.Stop;
import com.tripavail.trip.routing.gtfs.GtfsFeed.StopTimes;
import com.tripavail.trip.routing.gtfs.GtfsFeed.Transfer;
import com.tripavail.trip.routing.gtfs.GtfsFeed.Trip;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates one GTFS feed. Every problem found is reported with its file and line; a feed with any
 * problem yields {@link FeedReadResult.Rejected} and nothing else, so a broken feed can never be half loaded.
 *
 * <p>Blank arrival/departure times of non-timepoint stops are interpolated linearly by straight-line distance
 * between the surrounding timed stops (by stop count where stops coincide); the first and last stop of a trip
 * must be timed. Trips in frequencies.txt are expanded into one trip per headway from start_time (inclusive) to
 * end_time (exclusive), for exact_times 1 and 0 alike: for headway-based service (0) that puts the vehicles at
 * the nominal start of each headway, which is what a passenger can plan with.
 */
public final class GtfsFeedReader {

    private static final DateTimeFormatter GTFS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    private static final int BLANK = -1;
    private static final int INVALID = -2;

    /** Row counts are reported every this many stop_times rows (import progress of big feeds). */
    private static final int PROGRESS_STEP = 500_000;

    private final ImportProgress progress;

    public GtfsFeedReader() {
        this(ImportProgress.SILENT);
    }

    public GtfsFeedReader(ImportProgress progress) {
        this.progress = progress;
    }

    public FeedReadResult read(FeedSource source) {
        return new Reading(source).run();
    }

    /** The state of reading one feed. */
    private final class Reading {
        private final FeedSource source;
        private final FeedProblems problems = new FeedProblems();
        private final List<Agency> agencies = new ArrayList<>();
        private final List<Stop> stops = new ArrayList<>();
        private final Map<String, Integer> stopIndex = new HashMap<>();
        private final List<Route> routes = new ArrayList<>();
        private final Set<String> routeIds = new HashSet<>();
        private final List<Trip> trips = new ArrayList<>();
        private final Map<String, Integer> tripIndex = new HashMap<>();
        private final Map<String, ServiceDays> services = new LinkedHashMap<>();
        private final List<Transfer> transfers = new ArrayList<>();
        private final List<FareAttribute> fareAttributes = new ArrayList<>();
        private final List<FareRule> fareRules = new ArrayList<>();
        private String version = "unversioned";

        Reading(FeedSource source) {
            this.source = source;
        }

        FeedReadResult run() {
            for (String required : List.of("agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt")) {
                if (!source.contains(required)) {
                    problems.add(required, 0, "required file is missing");
                }
            }
            if (!source.contains("calendar.txt") && !source.contains("calendar_dates.txt")) {
                problems.add("calendar.txt", 0, "neither calendar.txt nor calendar_dates.txt is present: no trip has a service day");
            }
            readFeedInfo();
            readAgencies();
            readStops();
            readRoutes();
            readCalendar();
            readCalendarDates();
            readTrips();
            StopTimes stopTimes = readStopTimes();
            stopTimes = expandFrequencies(stopTimes);
            readTransfers();
            readFares();
            if (!problems.isEmpty()) {
                return new FeedReadResult.Rejected(source.name(), problems.reported(), problems.total());
            }
            return new FeedReadResult.Loaded(new GtfsFeed(source.name(), version, List.copyOf(agencies),
                    List.copyOf(stops), List.copyOf(routes), List.copyOf(trips), stopTimes,
                    Map.copyOf(services), List.copyOf(transfers), List.copyOf(fareAttributes), List.copyOf(fareRules)));
        }

        private GtfsTable table(String file) {
            return GtfsTable.read(source, file, problems);
        }

        private void readFeedInfo() {
            GtfsTable table = table("feed_info.txt");
            int versionColumn = table.column("feed_version");
            table.forEachRow(row -> {
                if (!row.get(versionColumn).isEmpty()) {
                    version = row.get(versionColumn);
                }
            });
        }

        private void readAgencies() {
            GtfsTable table = table("agency.txt");
            if (!table.present() || !table.require("agency_name", "agency_timezone")) {
                return;
            }
            int id = table.column("agency_id");
            int name = table.column("agency_name");
            int zone = table.column("agency_timezone");
            int url = table.column("agency_url");
            Set<String> seen = new HashSet<>();
            table.forEachRow(row -> {
                if (!seen.add(row.get(id))) {
                    problems.add(table.file(), row.line(), "duplicate agency_id " + row.get(id));
                }
                try {
                    agencies.add(new Agency(row.get(id), row.get(name), ZoneId.of(row.get(zone)), row.get(url)));
                } catch (DateTimeException e) {
                    problems.add(table.file(), row.line(), "agency_timezone '" + row.get(zone) + "' is not a time zone");
                }
            });
            if (agencies.isEmpty() && problems.isEmpty()) {
                problems.add(table.file(), 0, "no agency");
            }
            if (agencies.size() > 1 && agencies.stream().anyMatch(a -> a.id().isEmpty())) {
                problems.add(table.file(), 0, "agency_id is required when the feed has several agencies");
            }
        }

        private void readStops() {
            GtfsTable table = table("stops.txt");
            if (!table.present() || !table.require("stop_id")) {
                return;
            }
            int id = table.column("stop_id");
            int name = table.column("stop_name");
            int lat = table.column("stop_lat");
            int lon = table.column("stop_lon");
            int type = table.column("location_type");
            int parent = table.column("parent_station");
            int zone = table.column("zone_id");
            Map<String, Long> parentLines = new HashMap<>();
            table.forEachRow(row -> {
                String stopId = row.get(id);
                int locationType = parseInt(row.get(type), 0);
                if (stopId.isEmpty()) {
                    problems.add(table.file(), row.line(), "stop_id is empty");
                    return;
                }
                if (locationType < 0 || locationType > 4) {
                    problems.add(table.file(), row.line(), "location_type '" + row.get(type) + "' is not 0–4");
                    return;
                }
                double latitude = parseCoordinate(row.get(lat), 90);
                double longitude = parseCoordinate(row.get(lon), 180);
                if (locationType <= 2 && (Double.isNaN(latitude) || Double.isNaN(longitude))) {
                    problems.add(table.file(), row.line(), "stop " + stopId + " has no valid stop_lat/stop_lon");
                    return;
                }
                if (stopIndex.putIfAbsent(stopId, stops.size()) != null) {
                    problems.add(table.file(), row.line(), "duplicate stop_id " + stopId);
                    return;
                }
                String parentStation = row.get(parent);
                if (!parentStation.isEmpty()) {
                    parentLines.put(stopId, row.line());
                }
                stops.add(new Stop(stopId, row.get(name).isEmpty() ? stopId : row.get(name), latitude, longitude,
                        locationType, parentStation, row.get(zone)));
            });
            for (Stop stop : stops) {
                if (stop.parentStation().isEmpty()) {
                    continue;
                }
                Integer parentIndex = stopIndex.get(stop.parentStation());
                if (parentIndex == null) {
                    problems.add(table.file(), parentLines.get(stop.id()),
                            "parent_station " + stop.parentStation() + " of stop " + stop.id() + " is not in stops.txt");
                } else if (stop.locationType() == 0 && stops.get(parentIndex).locationType() != 1) {
                    problems.add(table.file(), parentLines.get(stop.id()),
                            "parent_station " + stop.parentStation() + " of stop " + stop.id() + " is not a station (location_type 1)");
                }
            }
        }

        private void readRoutes() {
            GtfsTable table = table("routes.txt");
            if (!table.present() || !table.require("route_id", "route_type")) {
                return;
            }
            int id = table.column("route_id");
            int agency = table.column("agency_id");
            int shortName = table.column("route_short_name");
            int longName = table.column("route_long_name");
            int type = table.column("route_type");
            Set<String> agencyIds = new HashSet<>();
            agencies.forEach(a -> agencyIds.add(a.id()));
            table.forEachRow(row -> {
                String routeId = row.get(id);
                int routeType = parseInt(row.get(type), Integer.MIN_VALUE);
                var mode = TransitMode.fromRouteType(routeType);
                if (mode.isEmpty()) {
                    problems.add(table.file(), row.line(), "route_type '" + row.get(type) + "' of route " + routeId + " is not a GTFS route type");
                    return;
                }
                String agencyId = row.get(agency);
                if (agencies.size() > 1 && !agencyIds.contains(agencyId)) {
                    problems.add(table.file(), row.line(), "agency_id '" + agencyId + "' of route " + routeId + " is not in agency.txt");
                    return;
                }
                if (!agencyId.isEmpty() && !agencies.isEmpty() && !agencyIds.contains(agencyId)) {
                    problems.add(table.file(), row.line(), "agency_id '" + agencyId + "' of route " + routeId + " is not in agency.txt");
                    return;
                }
                if (!routeIds.add(routeId)) {
                    problems.add(table.file(), row.line(), "duplicate route_id " + routeId);
                    return;
                }
                routes.add(new Route(routeId, agencyId, row.get(shortName), row.get(longName), mode.get(), routeType));
            });
        }

        private void readCalendar() {
            GtfsTable table = table("calendar.txt");
            if (!table.present()) {
                return;
            }
            List<String> columns = new ArrayList<>(List.of("service_id", "start_date", "end_date"));
            columns.addAll(List.of(WEEKDAYS));
            if (!table.require(columns.toArray(String[]::new))) {
                return;
            }
            int id = table.column("service_id");
            int start = table.column("start_date");
            int end = table.column("end_date");
            int[] weekday = Arrays.stream(WEEKDAYS).mapToInt(table::column).toArray();
            table.forEachRow(row -> {
                LocalDate first = parseDate(table.file(), row, row.get(start), "start_date");
                LocalDate last = parseDate(table.file(), row, row.get(end), "end_date");
                if (first == null || last == null) {
                    return;
                }
                if (last.isBefore(first)) {
                    problems.add(table.file(), row.line(), "end_date " + row.get(end) + " is before start_date " + row.get(start));
                    return;
                }
                boolean[] runs = new boolean[7];
                for (int d = 0; d < 7; d++) {
                    String flag = row.get(weekday[d]);
                    if (!flag.equals("0") && !flag.equals("1")) {
                        problems.add(table.file(), row.line(), WEEKDAYS[d] + " must be 0 or 1, not '" + flag + "'");
                        return;
                    }
                    runs[d] = flag.equals("1");
                }
                BitSet days = new BitSet();
                int length = (int) (last.toEpochDay() - first.toEpochDay());
                for (int i = 0; i <= length; i++) {
                    if (runs[first.plusDays(i).getDayOfWeek().ordinal()]) {
                        days.set(i);
                    }
                }
                if (services.putIfAbsent(row.get(id), new ServiceDays(row.get(id), first, days)) != null) {
                    problems.add(table.file(), row.line(), "duplicate service_id " + row.get(id));
                }
            });
        }

        /** Exceptions on top of calendar.txt; a service that only appears here runs on its added dates. */
        private void readCalendarDates() {
            GtfsTable table = table("calendar_dates.txt");
            if (!table.present() || !table.require("service_id", "date", "exception_type")) {
                return;
            }
            int id = table.column("service_id");
            int date = table.column("date");
            int type = table.column("exception_type");
            Map<String, List<LocalDate>> added = new HashMap<>();
            Map<String, List<LocalDate>> removed = new HashMap<>();
            table.forEachRow(row -> {
                LocalDate day = parseDate(table.file(), row, row.get(date), "date");
                if (day == null) {
                    return;
                }
                switch (row.get(type)) {
                    case "1" -> added.computeIfAbsent(row.get(id), k -> new ArrayList<>()).add(day);
                    case "2" -> removed.computeIfAbsent(row.get(id), k -> new ArrayList<>()).add(day);
                    default -> problems.add(table.file(), row.line(), "exception_type must be 1 or 2, not '" + row.get(type) + "'");
                }
            });
            Set<String> ids = new HashSet<>(added.keySet());
            ids.addAll(removed.keySet());
            for (String serviceId : ids) {
                List<LocalDate> plus = added.getOrDefault(serviceId, List.of());
                List<LocalDate> minus = removed.getOrDefault(serviceId, List.of());
                ServiceDays base = services.get(serviceId);
                LocalDate first = base != null ? base.firstDay() : null;
                for (LocalDate d : plus) {
                    first = first == null || d.isBefore(first) ? d : first;
                }
                if (first == null) {
                    first = minus.stream().min(LocalDate::compareTo).orElseThrow();
                }
                BitSet days = new BitSet();
                if (base != null) {
                    int shift = (int) (base.firstDay().toEpochDay() - first.toEpochDay());
                    base.days().stream().forEach(i -> days.set(i + shift));
                }
                for (LocalDate d : plus) {
                    days.set((int) (d.toEpochDay() - first.toEpochDay()));
                }
                for (LocalDate d : minus) {
                    long offset = d.toEpochDay() - first.toEpochDay();
                    if (offset >= 0) {
                        days.clear((int) offset);
                    }
                }
                services.put(serviceId, new ServiceDays(serviceId, first, days));
            }
        }

        private void readTrips() {
            GtfsTable table = table("trips.txt");
            if (!table.present() || !table.require("route_id", "service_id", "trip_id")) {
                return;
            }
            int route = table.column("route_id");
            int service = table.column("service_id");
            int id = table.column("trip_id");
            int headsign = table.column("trip_headsign");
            table.forEachRow(row -> {
                String tripId = row.get(id);
                if (!routeIds.contains(row.get(route))) {
                    problems.add(table.file(), row.line(), "route_id " + row.get(route) + " of trip " + tripId + " is not in routes.txt");
                    return;
                }
                if (!services.containsKey(row.get(service))) {
                    problems.add(table.file(), row.line(), "service_id " + row.get(service) + " of trip " + tripId + " is in neither calendar.txt nor calendar_dates.txt");
                    return;
                }
                if (tripIndex.putIfAbsent(tripId, trips.size()) != null) {
                    problems.add(table.file(), row.line(), "duplicate trip_id " + tripId);
                    return;
                }
                trips.add(new Trip(tripId, row.get(route), row.get(service), row.get(headsign)));
            });
        }

        /** Reads stop_times.txt columnar, groups rows by trip (counting sort) and orders each trip by stop_sequence. */
        private StopTimes readStopTimes() {
            GtfsTable table = table("stop_times.txt");
            if (!table.present() || !table.require("trip_id", "stop_id", "stop_sequence", "arrival_time", "departure_time")) {
                return emptyStopTimes();
            }
            int tripColumn = table.column("trip_id");
            int stopColumn = table.column("stop_id");
            int seqColumn = table.column("stop_sequence");
            int arrColumn = table.column("arrival_time");
            int depColumn = table.column("departure_time");
            int pickupColumn = table.column("pickup_type");
            int dropOffColumn = table.column("drop_off_type");
            IntColumn tripOf = new IntColumn();
            IntColumn stopOf = new IntColumn();
            IntColumn sequence = new IntColumn();
            IntColumn arrival = new IntColumn();
            IntColumn departure = new IntColumn();
            IntColumn pickup = new IntColumn();
            IntColumn dropOff = new IntColumn();
            LongColumn lines = new LongColumn();
            table.forEachRow(row -> {
                Integer trip = tripIndex.get(row.get(tripColumn));
                Integer stop = stopIndex.get(row.get(stopColumn));
                if (trip == null) {
                    problems.add(table.file(), row.line(), "trip_id " + row.get(tripColumn) + " is not in trips.txt");
                    return;
                }
                if (stop == null) {
                    problems.add(table.file(), row.line(), "stop_id " + row.get(stopColumn) + " is not in stops.txt");
                    return;
                }
                if (stops.get(stop).locationType() != 0) {
                    problems.add(table.file(), row.line(), "stop_id " + row.get(stopColumn) + " is a station or entrance (location_type "
                            + stops.get(stop).locationType() + "), trips must stop at stops or platforms");
                    return;
                }
                int seq = parseInt(row.get(seqColumn), -1);
                int arr = parseTime(row.get(arrColumn));
                int dep = parseTime(row.get(depColumn));
                if (seq < 0) {
                    problems.add(table.file(), row.line(), "stop_sequence '" + row.get(seqColumn) + "' is not a non-negative integer");
                    return;
                }
                if (arr == INVALID || dep == INVALID) {
                    problems.add(table.file(), row.line(), "arrival_time/departure_time '" + row.get(arrColumn) + "'/'" + row.get(depColumn) + "' is not HH:MM:SS");
                    return;
                }
                // A stop with only one of the two times stops for no time at all.
                if (arr == BLANK) {
                    arr = dep;
                } else if (dep == BLANK) {
                    dep = arr;
                }
                if (arr != BLANK && dep < arr) {
                    problems.add(table.file(), row.line(), "departure_time " + row.get(depColumn) + " is before arrival_time " + row.get(arrColumn));
                    return;
                }
                tripOf.add(trip);
                stopOf.add(stop);
                sequence.add(seq);
                arrival.add(arr);
                departure.add(dep);
                pickup.add(parseInt(row.get(pickupColumn), 0));
                dropOff.add(parseInt(row.get(dropOffColumn), 0));
                lines.add(row.line());
                if (tripOf.size % PROGRESS_STEP == 0) {
                    progress.rowsRead(source.name(), table.file(), tripOf.size);
                }
            });
            progress.rowsRead(source.name(), table.file(), tripOf.size);

            int n = tripOf.size;
            int[] tripStart = new int[trips.size() + 1];
            for (int i = 0; i < n; i++) {
                tripStart[tripOf.values[i] + 1]++;
            }
            for (int t = 0; t < trips.size(); t++) {
                tripStart[t + 1] += tripStart[t];
            }
            int[] next = Arrays.copyOf(tripStart, trips.size());
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[next[tripOf.values[i]]++] = i;
            }
            int[] stop = new int[n];
            int[] arr = new int[n];
            int[] dep = new int[n];
            byte[] pick = new byte[n];
            byte[] drop = new byte[n];
            for (int t = 0; t < trips.size(); t++) {
                int from = tripStart[t];
                int to = tripStart[t + 1];
                sortBySequence(order, from, to, sequence.values);
                if (to - from < 2) {
                    problems.add("stop_times.txt", 0, "trip " + trips.get(t).id() + " has " + (to - from) + " stop time(s), at least 2 are needed");
                    continue;
                }
                for (int i = from; i < to; i++) {
                    int row = order[i];
                    if (i > from && sequence.values[row] == sequence.values[order[i - 1]]) {
                        problems.add("stop_times.txt", lines.values[row], "trip " + trips.get(t).id() + " repeats stop_sequence " + sequence.values[row]);
                    }
                    stop[i] = stopOf.values[row];
                    arr[i] = arrival.values[row];
                    dep[i] = departure.values[row];
                    pick[i] = (byte) pickup.values[row];
                    drop[i] = (byte) dropOff.values[row];
                }
                if (arr[from] == BLANK || arr[to - 1] == BLANK) {
                    problems.add("stop_times.txt", lines.values[order[arr[from] == BLANK ? from : to - 1]],
                            "trip " + trips.get(t).id() + " must have times at its first and last stop");
                    continue;
                }
                interpolate(stop, arr, dep, from, to);
                for (int i = from + 1; i < to; i++) {
                    if (arr[i] < dep[i - 1]) {
                        problems.add("stop_times.txt", lines.values[order[i]], "trip " + trips.get(t).id()
                                + " goes back in time: arrives at stop_sequence " + sequence.values[order[i]] + " at "
                                + formatTime(arr[i]) + ", before leaving the previous stop at " + formatTime(dep[i - 1]));
                        break;
                    }
                }
            }
            return new StopTimes(tripStart, stop, arr, dep, pick, drop);
        }

        /** Blank times between two timed stops, proportional to the straight-line distance travelled. */
        private void interpolate(int[] stop, int[] arr, int[] dep, int from, int to) {
            int i = from + 1;
            while (i < to) {
                if (arr[i] != BLANK) {
                    i++;
                    continue;
                }
                int before = i - 1;
                int after = i;
                while (arr[after] == BLANK) {
                    after++;
                }
                double[] cumulative = new double[after - before + 1];
                for (int k = before + 1; k <= after; k++) {
                    cumulative[k - before] = cumulative[k - before - 1] + distanceMeters(stops.get(stop[k - 1]), stops.get(stop[k]));
                }
                double total = cumulative[after - before];
                int span = arr[after] - dep[before];
                for (int k = before + 1; k < after; k++) {
                    double share = total > 0 ? cumulative[k - before] / total : (double) (k - before) / (after - before);
                    arr[k] = dep[before] + (int) Math.round(span * share);
                    dep[k] = arr[k];
                }
                i = after + 1;
            }
        }

        private StopTimes expandFrequencies(StopTimes stopTimes) {
            GtfsTable table = table("frequencies.txt");
            if (!table.present() || !table.require("trip_id", "start_time", "end_time", "headway_secs")) {
                return stopTimes;
            }
            int tripColumn = table.column("trip_id");
            int startColumn = table.column("start_time");
            int endColumn = table.column("end_time");
            int headwayColumn = table.column("headway_secs");
            record Window(int trip, int start, int end, int headway) {
            }
            List<Window> windows = new ArrayList<>();
            table.forEachRow(row -> {
                Integer trip = tripIndex.get(row.get(tripColumn));
                int start = parseTime(row.get(startColumn));
                int end = parseTime(row.get(endColumn));
                int headway = parseInt(row.get(headwayColumn), -1);
                if (trip == null) {
                    problems.add(table.file(), row.line(), "trip_id " + row.get(tripColumn) + " is not in trips.txt");
                } else if (start < 0 || end < 0) {
                    problems.add(table.file(), row.line(), "start_time/end_time is not HH:MM:SS");
                } else if (end <= start) {
                    problems.add(table.file(), row.line(), "end_time " + row.get(endColumn) + " is not after start_time " + row.get(startColumn));
                } else if (headway <= 0) {
                    problems.add(table.file(), row.line(), "headway_secs '" + row.get(headwayColumn) + "' must be a positive number of seconds");
                } else {
                    windows.add(new Window(trip, start, end, headway));
                }
            });
            if (windows.isEmpty() || !problems.isEmpty()) {
                return stopTimes;
            }
            Set<Integer> templates = new HashSet<>();
            windows.forEach(w -> templates.add(w.trip()));
            // Templates are dropped: their stop_times only give the running times between stops.
            List<Trip> expandedTrips = new ArrayList<>();
            IntColumn stop = new IntColumn();
            IntColumn arr = new IntColumn();
            IntColumn dep = new IntColumn();
            IntColumn pick = new IntColumn();
            IntColumn drop = new IntColumn();
            List<Integer> starts = new ArrayList<>();
            for (int t = 0; t < trips.size(); t++) {
                if (!templates.contains(t)) {
                    copyTrip(stopTimes, t, 0, stop, arr, dep, pick, drop);
                    starts.add(stop.size);
                    expandedTrips.add(trips.get(t));
                }
            }
            for (Window w : windows) {
                int firstDeparture = stopTimes.departure()[stopTimes.tripStart()[w.trip()]];
                Trip template = trips.get(w.trip());
                for (int start = w.start(); start < w.end(); start += w.headway()) {
                    copyTrip(stopTimes, w.trip(), start - firstDeparture, stop, arr, dep, pick, drop);
                    starts.add(stop.size);
                    expandedTrips.add(new Trip(template.id() + "@" + formatTime(start), template.routeId(),
                            template.serviceId(), template.headsign()));
                }
            }
            trips.clear();
            trips.addAll(expandedTrips);
            int[] tripStart = new int[starts.size() + 1];
            for (int i = 0; i < starts.size(); i++) {
                tripStart[i + 1] = starts.get(i);
            }
            return new StopTimes(tripStart, stop.trimmed(), arr.trimmed(), dep.trimmed(), pick.bytes(), drop.bytes());
        }

        private void copyTrip(StopTimes from, int trip, int shift, IntColumn stop, IntColumn arr, IntColumn dep,
                              IntColumn pick, IntColumn drop) {
            for (int i = from.tripStart()[trip]; i < from.tripStart()[trip + 1]; i++) {
                stop.add(from.stop()[i]);
                arr.add(from.arrival()[i] + shift);
                dep.add(from.departure()[i] + shift);
                pick.add(from.pickupType()[i]);
                drop.add(from.dropOffType()[i]);
            }
        }

        private void readTransfers() {
            GtfsTable table = table("transfers.txt");
            if (!table.present() || !table.require("from_stop_id", "to_stop_id", "transfer_type")) {
                return;
            }
            int from = table.column("from_stop_id");
            int to = table.column("to_stop_id");
            int type = table.column("transfer_type");
            int min = table.column("min_transfer_time");
            table.forEachRow(row -> {
                for (String stopId : List.of(row.get(from), row.get(to))) {
                    if (!stopIndex.containsKey(stopId)) {
                        problems.add(table.file(), row.line(), "stop_id " + stopId + " is not in stops.txt");
                        return;
                    }
                }
                int transferType = parseInt(row.get(type), 0);
                int seconds = parseInt(row.get(min), -1);
                if (transferType < 0 || transferType > 5) {
                    problems.add(table.file(), row.line(), "transfer_type '" + row.get(type) + "' is not 0–5");
                } else if (transferType == 2 && seconds < 0) {
                    problems.add(table.file(), row.line(), "transfer_type 2 needs a min_transfer_time in seconds");
                } else {
                    transfers.add(new Transfer(row.get(from), row.get(to), transferType, seconds));
                }
            });
        }

        private void readFares() {
            GtfsTable attributes = table("fare_attributes.txt");
            Set<String> fareIds = new HashSet<>();
            if (attributes.present() && attributes.require("fare_id", "price", "currency_type")) {
                int id = attributes.column("fare_id");
                int price = attributes.column("price");
                int currency = attributes.column("currency_type");
                attributes.forEachRow(row -> {
                    try {
                        Currency unit = Currency.getInstance(row.get(currency));
                        long minor = new BigDecimal(row.get(price)).movePointRight(unit.getDefaultFractionDigits())
                                .longValueExact();
                        if (minor < 0) {
                            problems.add(attributes.file(), row.line(), "price must not be negative");
                        } else if (!fareIds.add(row.get(id))) {
                            problems.add(attributes.file(), row.line(), "duplicate fare_id " + row.get(id));
                        } else {
                            fareAttributes.add(new FareAttribute(row.get(id), minor, unit.getCurrencyCode()));
                        }
                    } catch (IllegalArgumentException | ArithmeticException e) {
                        problems.add(attributes.file(), row.line(), "price '" + row.get(price) + "' in currency '"
                                + row.get(currency) + "' is not an amount in an ISO 4217 currency");
                    }
                });
            }
            GtfsTable rules = table("fare_rules.txt");
            if (rules.present() && rules.require("fare_id")) {
                int id = rules.column("fare_id");
                int route = rules.column("route_id");
                int origin = rules.column("origin_id");
                int destination = rules.column("destination_id");
                rules.forEachRow(row -> {
                    if (!fareIds.contains(row.get(id))) {
                        problems.add(rules.file(), row.line(), "fare_id " + row.get(id) + " is not in fare_attributes.txt");
                    } else if (!row.get(route).isEmpty() && !routeIds.contains(row.get(route))) {
                        problems.add(rules.file(), row.line(), "route_id " + row.get(route) + " is not in routes.txt");
                    } else {
                        fareRules.add(new FareRule(row.get(id), row.get(route), row.get(origin), row.get(destination)));
                    }
                });
            }
        }

        private LocalDate parseDate(String file, GtfsTable.Row row, String value, String column) {
            try {
                return LocalDate.parse(value, GTFS_DATE);
            } catch (DateTimeParseException e) {
                problems.add(file, row.line(), column + " '" + value + "' is not a date (YYYYMMDD)");
                return null;
            }
        }
    }

    private StopTimes emptyStopTimes() {
        return new StopTimes(new int[1], new int[0], new int[0], new int[0], new byte[0], new byte[0]);
    }

    /** Sorts {@code order[from, to)} by sequence; stop_times are usually in order already, so insertion sort. */
    private static void sortBySequence(int[] order, int from, int to, int[] sequence) {
        for (int i = from + 1; i < to; i++) {
            int row = order[i];
            int key = sequence[row];
            int j = i - 1;
            while (j >= from && sequence[order[j]] > key) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = row;
        }
    }

    /** Seconds after GTFS midnight for H:MM:SS or HH:MM:SS (hours may exceed 23); BLANK or INVALID. */
    static int parseTime(String value) {
        if (value.isEmpty()) {
            return BLANK;
        }
        int firstColon = value.indexOf(':');
        int secondColon = value.indexOf(':', firstColon + 1);
        if (firstColon < 1 || secondColon != firstColon + 3 || value.length() != secondColon + 3) {
            return INVALID;
        }
        int hours = digits(value, 0, firstColon);
        int minutes = digits(value, firstColon + 1, secondColon);
        int seconds = digits(value, secondColon + 1, value.length());
        if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || hours > 240) {
            return INVALID;
        }
        return hours * 3600 + minutes * 60 + seconds;
    }

    private static int digits(String value, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    static String formatTime(int seconds) {
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static int parseInt(String value, int fallback) {
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double parseCoordinate(String value, double limit) {
        try {
            double v = Double.parseDouble(value);
            return Math.abs(v) <= limit ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static double distanceMeters(Stop a, Stop b) {
        return GeoDistance.meters(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** A growable int array: millions of stop times must not be boxed. */
    private static final class IntColumn {
        int[] values = new int[1024];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = v;
        }

        int[] trimmed() {
            return Arrays.copyOf(values, size);
        }

        byte[] bytes() {
            byte[] b = new byte[size];
            for (int i = 0; i < size; i++) {
                b[i] = (byte) values[i];
            }
            return b;
        }
    }

    private static final class LongColumn {
        long[] values = new long[1024];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = v;
        }
    }
}
