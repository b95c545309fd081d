package com.tripavail.inventory.event;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A dated departure of a tour package with its seats and price per seat. */
public record TourDepartureScheduledEvent(String packageId, String departureId, String providerId, LocalDate departureDate,
                                          int seats, Money pricePerSeat, Instant at) {
}
