package com.tripavail.inventory.event;

import java.time.Instant;

/** A hold on the calendar was refused; nothing is held. Booking learns it from the published contract. */
public record RoomHoldRejectedEvent(String roomTypeId, String holdId, String bookingId, String productType,
                                    String productId, HoldRejection reason, String detail, Instant at) {
}
