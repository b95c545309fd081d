package com.tripavail.inventory.event;


/** One day of a tour's itinerary. */
public record ItineraryDay(int day, String title, String description) {
}
