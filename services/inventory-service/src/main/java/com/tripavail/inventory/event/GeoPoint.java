package com.tripavail.inventory.event;


/** A place on the map (WGS 84). */
public record GeoPoint(double latitude, double longitude) {
}
