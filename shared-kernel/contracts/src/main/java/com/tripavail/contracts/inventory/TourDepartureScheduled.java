package com.tripavail.contracts.inventory;

import com.tripavail.contracts.EventContract;
import com.tripavail.contracts.Money;
import java.time.LocalDate;
import java.time.Instant;

/** A dated departure of a tour package: {@code seats} seats at {@code pricePerSeat}. */
@EventContract(type = "inventory.TourDepartureScheduled", version = 1)
public record TourDepartureScheduled(String packageId, String departureId, String providerId,
                                     LocalDate departureDate, int seats, Money pricePerSeat, Instant at) {
}
