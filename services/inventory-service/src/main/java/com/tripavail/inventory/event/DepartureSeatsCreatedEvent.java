package com.tripavail.inventory.event;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A tour departure's seats can be held ({@code saleable}: its tour package is PUBLISHED). */
public record DepartureSeatsCreatedEvent(String departureId, String packageId, String providerId,
                                         LocalDate departureDate, int seats, Money pricePerSeat, boolean saleable,
                                         Instant at) {
}
