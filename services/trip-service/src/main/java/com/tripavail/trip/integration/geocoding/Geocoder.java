package com.tripavail.trip.integration.geocoding;

import java.util.Optional;

/**
 * The port to an external geocoding service (a place name the stops and the gazetteer do not know → coordinates).
 * Its answers are cached 24 hours by {@link CachedGeocoding}; implementations need not cache. The default is
 * {@link DisabledGeocoder}; a deployment with a geocoding service defines its own bean.
 */
public interface Geocoder {

    /** The place's coordinates, or empty when the service does not know it. */
    Optional<GeocodedPlace> locate(String placeName);

    record GeocodedPlace(String name, double lat, double lon) {
    }
}
