package com.tripavail.inventory.event;


/** Where a tour picks travellers up (or drops them off). */
public record PickupPoint(String name, String city, GeoPoint location, boolean dropOff) {
}
