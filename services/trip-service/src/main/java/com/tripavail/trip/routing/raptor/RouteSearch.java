package com.tripavail.trip.routing.raptor;

import com.tripavail.trip.routing.journey.Journey;
import com.tripavail.trip.routing.network.RoutingSettings;
import com.tripavail.trip.routing.network.TransitNetwork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Route search on one network: stop ids (a station means any of its platforms) and an instant in, journeys out.
 * The search date is the departure's local date at the origin; trips of the day before (past midnight), that
 * day and the next day are considered. Thread-safe: each search has its own state; the network is immutable.
 */
public final class RouteSearch {

    private static final int CACHED_WINDOWS = 64;

    private final TransitNetwork network;
    private final RoutingSettings settings;
    private final Map<WindowKey, ServiceDayWindow> windows = new ConcurrentHashMap<>();

    private record WindowKey(LocalDate date, ZoneId zone) {
    }

    public RouteSearch(TransitNetwork network, RoutingSettings settings) {
        this.network = network;
        this.settings = settings;
    }

    public TransitNetwork network() {
        return network;
    }

    public boolean knowsStop(String stopId) {
        return network.stopIndex(stopId) >= 0;
    }

    /** A wall-clock time at the stop, as an instant (the stop's feed's time zone). */
    public Instant instantAt(String stopId, LocalDateTime localTime) {
        return localTime.atZone(network.stopZone(stop(stopId))).toInstant();
    }

    /** The time zone of the stop's feed (its wall clock). */
    public ZoneId zoneOf(String stopId) {
        return network.stopZone(stop(stopId));
    }

    /** The journey arriving earliest (fewest transfers among equals), or empty when there is none. */
    public Optional<Journey> earliestArrival(String origin, String destination, Instant departAfter) {
        Search s = new Search(origin, destination, departAfter);
        Label label = new EarliestArrivalRaptor(network, s.window, settings.maxTransfers(), s.latestArrival)
                .search(s.origins, s.destinations, s.departure);
        return label == null ? Optional.empty() : new JourneyAssembler(network, s.window).journey(label);
    }

    /** Every Pareto-optimal journey over (arrival, price, transfers), earliest arrival first; empty when none. */
    public List<Journey> paretoJourneys(String origin, String destination, Instant departAfter) {
        return paretoJourneys(List.of(origin), List.of(destination), departAfter);
    }

    /**
     * The same between places with several stops (the stops of a city, those near a point): a journey may start at
     * any origin stop at {@code departAfter} and end at any destination stop. The search date is the departure's
     * local date at the first origin stop.
     */
    public List<Journey> paretoJourneys(List<String> origins, List<String> destinations, Instant departAfter) {
        Search s = new Search(origins, destinations, departAfter);
        List<Label> labels = new McRaptor(network, s.window, settings.maxTransfers(), s.latestArrival)
                .search(s.origins, s.destinations, s.departure);
        JourneyAssembler assembler = new JourneyAssembler(network, s.window);
        List<Journey> journeys = new ArrayList<>();
        for (Label label : labels) {
            assembler.journey(label).ifPresent(journeys::add);
        }
        journeys.sort(Comparator.comparing(Journey::arrival).thenComparingLong(Journey::pricePerPassengerMinor)
                .thenComparingInt(Journey::transfers));
        return journeys;
    }

    private int stop(String stopId) {
        int index = network.stopIndex(stopId);
        if (index < 0) {
            throw new IllegalArgumentException("unknown stop " + stopId);
        }
        return index;
    }

    /** The stops a vehicle can be boarded or left at for these stop ids (a station means its platforms). */
    private int[] routable(List<String> stopIds) {
        return stopIds.stream().mapToInt(this::stop).flatMap(s -> java.util.Arrays.stream(network.routableStops(s)))
                .distinct().toArray();
    }

    /** The common set-up: stops, service-day window, search-axis times. */
    private final class Search {
        final int[] origins;
        final int[] destinations;
        final ServiceDayWindow window;
        final int departure;
        final int latestArrival;

        Search(String origin, String destination, Instant departAfter) {
            this(List.of(origin), List.of(destination), departAfter);
        }

        Search(List<String> origin, List<String> destination, Instant departAfter) {
            if (origin.isEmpty() || destination.isEmpty()) {
                throw new IllegalArgumentException("a search needs at least one origin and one destination stop");
            }
            ZoneId zone = network.stopZone(stop(origin.getFirst()));
            LocalDate date = LocalDate.ofInstant(departAfter, zone);
            this.origins = routable(origin);
            this.destinations = routable(destination);
            if (windows.size() > CACHED_WINDOWS) {
                windows.clear();
            }
            this.window = windows.computeIfAbsent(new WindowKey(date, zone), k -> new ServiceDayWindow(network, date, zone));
            this.departure = (int) (departAfter.getEpochSecond() - window.baseEpochSecond());
            this.latestArrival = (int) Math.min(Integer.MAX_VALUE - 1,
                    (long) departure + settings.maxJourneyDuration().toSeconds());
        }
    }
}
