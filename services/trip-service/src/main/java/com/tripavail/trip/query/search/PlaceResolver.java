package com.tripavail.trip.query.search;

import com.tripavail.platform.web.UnprocessableException;
import com.tripavail.trip.config.SearchProperties;
import com.tripavail.trip.integration.geocoding.CachedGeocoding;
import com.tripavail.trip.routing.ActiveNetwork;
import com.tripavail.trip.routing.network.TransitNetwork;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the traveller typed into stops of the network in service, in this order: coordinates ("lat,lon" or
 * an object), a stop id (with or without the feed prefix), a city of the gazetteer (its stops), a stop name, and
 * last the external geocoder (the stops near what it finds). Unknown places are a 422 naming the place.
 */
public class PlaceResolver {

    private static final Pattern LAT_LON = Pattern.compile("\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");
    /** Coordinates with no stop within the nearby radius stand for this many of the nearest stops. */
    private static final int NEAREST_STOPS = 3;

    private final CityGazetteer gazetteer;
    private final CachedGeocoding geocoding;
    private final SearchProperties properties;
    private final AtomicReference<StopDirectory> directory = new AtomicReference<>();

    public PlaceResolver(CityGazetteer gazetteer, CachedGeocoding geocoding, SearchProperties properties) {
        this.gazetteer = gazetteer;
        this.geocoding = geocoding;
        this.properties = properties;
    }

    public ResolvedPlace resolve(PlaceInput input, ActiveNetwork.Routing routing) {
        StopDirectory stops = directoryOf(routing.network());
        return switch (input) {
            case PlaceInput.Coordinates point -> near(input.display(), "COORDINATES", point.lat(), point.lon(), stops);
            case PlaceInput.Text text -> resolveText(text.text().strip(), stops);
        };
    }

    /** The gazetteer city a stop is in (for STAY legs and booking links), or empty. */
    public Optional<CityGazetteer.City> cityOfStop(String stopId, ActiveNetwork.Routing routing) {
        StopDirectory stops = directoryOf(routing.network());
        int stop = routing.network().stopIndex(stopId);
        return stop < 0 ? Optional.empty() : stops.cityOf(stop);
    }

    private ResolvedPlace resolveText(String text, StopDirectory stops) {
        Matcher latLon = LAT_LON.matcher(text);
        if (latLon.matches()) {
            PlaceInput.Coordinates point;
            try {
                point = new PlaceInput.Coordinates(Double.parseDouble(latLon.group(1)), Double.parseDouble(latLon.group(2)));
            } catch (IllegalArgumentException e) {
                throw new UnprocessableException("'" + text + "': " + e.getMessage() + ".");
            }
            return near(text, "COORDINATES", point.lat(), point.lon(), stops);
        }
        Optional<Integer> stop = stops.byId(text);
        if (stop.isPresent()) {
            return ofStop(text, stop.get(), stops);
        }
        Optional<CityGazetteer.City> city = gazetteer.byName(text);
        if (city.isPresent()) {
            List<String> ids = stops.ofCity(city.get(), properties.cityStops());
            if (ids.isEmpty()) {
                throw new UnprocessableException("No station, bus stand or airport of the loaded timetables is in "
                        + city.get().name() + ".");
            }
            TransitNetwork network = stops.network();
            return new ResolvedPlace(text, "CITY", city.get().name(), city.get().lat(), city.get().lon(),
                    city.get().name(), ids.stream().map(id -> view(network, network.stopIndex(id))).toList());
        }
        stop = stops.byName(text);
        if (stop.isPresent()) {
            return ofStop(text, stop.get(), stops);
        }
        var geocoded = geocoding.locate(text);
        if (geocoded.isPresent()) {
            return near(text, "GEOCODED", geocoded.get().lat(), geocoded.get().lon(), stops);
        }
        throw new UnprocessableException("Unknown place '" + text + "': it is not a stop id, a stop or station name, "
                + "or a city we know.");
    }

    private ResolvedPlace ofStop(String input, int stop, StopDirectory stops) {
        TransitNetwork network = stops.network();
        return new ResolvedPlace(input, "STOP", network.stopName(stop), network.stopLat(stop), network.stopLon(stop),
                stops.cityOf(stop).map(CityGazetteer.City::name).orElse(null), List.of(view(network, stop)));
    }

    private ResolvedPlace near(String input, String kind, double lat, double lon, StopDirectory stops) {
        List<Integer> found = stops.near(lat, lon, properties.nearbyRadiusMeters(), properties.cityStops());
        if (found.isEmpty()) {
            found = stops.near(lat, lon, properties.cityRadiusKm() * 1000, NEAREST_STOPS);
        }
        if (found.isEmpty()) {
            throw new UnprocessableException("No stop of the loaded timetables is within " + (int) properties.cityRadiusKm()
                    + " km of '" + input + "'.");
        }
        TransitNetwork network = stops.network();
        Optional<CityGazetteer.City> city = gazetteer.cityAt(lat, lon);
        String name = found.size() == 1 ? network.stopName(found.getFirst())
                : city.map(c -> "near " + c.name()).orElse("near " + input);
        return new ResolvedPlace(input, kind, name, lat, lon, city.map(CityGazetteer.City::name).orElse(null),
                found.stream().map(s -> view(network, s)).toList());
    }

    private static ResolvedPlace.StopView view(TransitNetwork network, int stop) {
        return new ResolvedPlace.StopView(network.stopId(stop), network.stopName(stop));
    }

    /** The directory of the network in service, rebuilt when an import swapped it. */
    private StopDirectory directoryOf(TransitNetwork network) {
        StopDirectory current = directory.get();
        if (current != null && current.network() == network) {
            return current;
        }
        StopDirectory built = new StopDirectory(network, gazetteer);
        directory.set(built);
        return built;
    }
}
