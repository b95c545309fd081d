package com.tripavail.inventory.event;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;

/** {@code seats} seats of a departure held at the price per seat in force. */
public record SeatsHeldEvent(String departureId, String holdId, String bookingId, String packageId,
                             String providerId, LocalDate departureDate, int seats, int guests, Money pricePerSeat,
                             Money total, Instant at) {
}
