package com.tripavail.trip.routing.journey;

/** A stop as a journey shows it; {@code id} is namespaced {@code feed:stop_id}. */
public record StopRef(String id, String name, double lat, double lon) {
}
