package com.tripavail.contracts.booking;

import com.tripavail.contracts.EventContract;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Booking asks inventory to hold a product for a booking. Inventory answers with
 * {@code inventory.InventoryHeld} or {@code inventory.InventoryHoldRejected}; a redelivered
 * request with the same holdId changes nothing twice.
 *
 * @param productType  STAY (a room type for checkIn..checkOut), HOTEL_PACKAGE (the package's
 *                     room type for its nights from checkIn) or TOUR_PACKAGE (seats of a departure)
 * @param productId    the room type (STAY), the hotel package or the tour package
 * @param departureId  the tour departure (TOUR_PACKAGE only)
 * @param checkIn      first night (STAY, HOTEL_PACKAGE)
 * @param checkOut     the morning after the last night (STAY); null for packages (their nights decide)
 * @param units        rooms (STAY, HOTEL_PACKAGE) or seats (TOUR_PACKAGE)
 * @param guests       people travelling (capacity and per-person prices)
 */
@EventContract(type = "booking.HoldRequested", version = 1)
public record HoldRequested(String holdId, String bookingId, String productType, String productId,
                            String departureId, LocalDate checkIn, LocalDate checkOut, int units, int guests,
                            Instant at) {
}
