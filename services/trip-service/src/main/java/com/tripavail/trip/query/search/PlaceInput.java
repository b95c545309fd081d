package com.tripavail.trip.query.search;

/** A place as the traveller gave it: a text (stop id, stop or city name, or "lat,lon") or coordinates. */
public sealed interface PlaceInput {

    /** How the place is shown back and in analytics. */
    String display();

    record Text(String text) implements PlaceInput {
        @Override
        public String display() {
            return text;
        }
    }

    record Coordinates(double lat, double lon) implements PlaceInput {
        public Coordinates {
            if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("coordinates must be a latitude in [-90, 90] and a longitude in [-180, 180]");
            }
        }

        @Override
        public String display() {
            return lat + "," + lon;
        }
    }
}
