package com.tripavail.inventory.command.catalog;

import com.tripavail.inventory.event.ItineraryDay;
import com.tripavail.inventory.event.PickupPoint;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateTourPackageCommand(@TargetAggregateIdentifier String packageId, String providerId, String title,
                                       String description, String city, int durationDays,
                                       List<ItineraryDay> itinerary, List<PickupPoint> pickups, int maxSeats,
                                       Instant at) {
}
