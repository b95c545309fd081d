package com.tripavail.inventory.event;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code units} rooms held for every night in {@code nights}, all of them. {@code prices} are
 * those in force: per night of one room for stays, the package's price per person on its first
 * night for hotel packages; {@code total} is what the booking pays.
 */
public record RoomsHeldEvent(String roomTypeId, String holdId, String bookingId, String productType,
                             String productId, String providerId, List<LocalDate> nights, int units, int guests,
                             List<NightPrice> prices, Money total, Instant at) {
}
