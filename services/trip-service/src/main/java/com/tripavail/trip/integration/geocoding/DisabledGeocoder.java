package com.tripavail.trip.integration.geocoding;

import java.util.Optional;

/** No external geocoder configured: only stops and the city gazetteer resolve place names. */
public final class DisabledGeocoder implements Geocoder {

    @Override
    public Optional<GeocodedPlace> locate(String placeName) {
        return Optional.empty();
    }
}
