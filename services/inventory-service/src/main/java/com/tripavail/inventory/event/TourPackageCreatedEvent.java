package com.tripavail.inventory.event;

import java.time.Instant;
import java.util.List;

/** A tour operator created a multi-day tour package (DRAFT). */
public record TourPackageCreatedEvent(String packageId, String providerId, String title, String description, String city,
                                      int durationDays, List<ItineraryDay> itinerary, List<PickupPoint> pickups,
                                      int maxSeats, Instant at) {
}
