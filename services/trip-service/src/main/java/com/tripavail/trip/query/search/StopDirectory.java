package com.tripavail.trip.query.search;

import com.tripavail.trip.routing.gtfs.GeoDistance;
import com.tripavail.trip.routing.network.TransitNetwork;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The stops of one network as places: by id (with or without the feed prefix), by name, near a point, and per
 * city. Only "top-level" stops are offered (a station stands for its platforms, which the search adds itself).
 * Built once per network; city stop sets are computed on first use.
 */
final class StopDirectory {

    private final TransitNetwork network;
    private final CityGazetteer gazetteer;
    private final int[] topLevel;
    private final Map<String, List<String>> byBareId = new HashMap<>();
    private final String[] normalisedNames;
    private final Map<String, List<String>> cityStops = new ConcurrentHashMap<>();

    StopDirectory(TransitNetwork network, CityGazetteer gazetteer) {
        this.network = network;
        this.gazetteer = gazetteer;
        this.topLevel = IntStream.range(0, network.stopCount()).filter(s -> network.parentOf(s) < 0).toArray();
        this.normalisedNames = new String[network.stopCount()];
        for (int stop = 0; stop < network.stopCount(); stop++) {
            String id = network.stopId(stop);
            byBareId.computeIfAbsent(id.substring(id.indexOf(':') + 1).toLowerCase(java.util.Locale.ROOT),
                    k -> new ArrayList<>()).add(id);
            normalisedNames[stop] = CityGazetteer.normalise(network.stopName(stop));
        }
    }

    TransitNetwork network() {
        return network;
    }

    /** A namespaced id, or an id without the feed prefix that only one feed uses. */
    Optional<Integer> byId(String id) {
        int exact = network.stopIndex(id.strip());
        if (exact >= 0) {
            return Optional.of(exact);
        }
        List<String> bare = byBareId.getOrDefault(id.strip().toLowerCase(java.util.Locale.ROOT), List.of());
        return bare.size() == 1 ? Optional.of(network.stopIndex(bare.getFirst())) : Optional.empty();
    }

    /**
     * A stop whose name is the text, else the stop with the shortest name containing it as whole words (the most
     * specific one: "Majestic" → "Kempegowda bus station (Majestic)").
     */
    Optional<Integer> byName(String text) {
        String wanted = CityGazetteer.normalise(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Integer best = null;
        for (int stop : topLevel) {
            String name = normalisedNames[stop];
            if (name.equals(wanted)) {
                return Optional.of(stop);
            }
            if ((" " + name + " ").contains(" " + wanted + " ")
                    && (best == null || name.length() < normalisedNames[best].length())) {
                best = stop;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Top-level stops within {@code meters} of the point, nearest first. */
    List<Integer> near(double lat, double lon, double meters, int limit) {
        return IntStream.of(topLevel).boxed()
                .filter(s -> distance(s, lat, lon) <= meters)
                .sorted(Comparator.comparingDouble(s -> distance(s, lat, lon)))
                .limit(limit)
                .toList();
    }

    /** The stops of a city: within its radius and nearer to it than to any other city, nearest first. */
    List<String> ofCity(CityGazetteer.City city, int limit) {
        return cityStops.computeIfAbsent(city.name(), name -> IntStream.of(topLevel).boxed()
                .filter(s -> gazetteer.cityAt(network.stopLat(s), network.stopLon(s))
                        .map(c -> c.name().equals(city.name())).orElse(false))
                .sorted(Comparator.comparingDouble(s -> distance(s, city.lat(), city.lon())))
                .limit(limit)
                .map(network::stopId)
                .toList());
    }

    /** The city a stop is in, or empty. */
    Optional<CityGazetteer.City> cityOf(int stop) {
        int top = network.parentOf(stop) >= 0 ? network.parentOf(stop) : stop;
        return gazetteer.cityAt(network.stopLat(top), network.stopLon(top));
    }

    private double distance(int stop, double lat, double lon) {
        return GeoDistance.meters(network.stopLat(stop), network.stopLon(stop), lat, lon);
    }
}
