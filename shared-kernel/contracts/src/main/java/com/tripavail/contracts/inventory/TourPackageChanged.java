package com.tripavail.contracts.inventory;

import com.tripavail.contracts.EventContract;
import java.time.Instant;

/**
 * A tour package as it is after one of its changes (state-carrying). Its departures come as
 * {@link TourDepartureScheduled}.
 *
 * @param status DRAFT, PUBLISHED, PAUSED or ARCHIVED
 */
@EventContract(type = "inventory.TourPackageChanged", version = 1)
public record TourPackageChanged(String packageId, String providerId, String title, String city, int durationDays,
                                 int maxSeats, String status, Instant at) {
}
