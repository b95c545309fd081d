package com.tripavail.inventory.event;

import java.time.Instant;

/** A seat hold was refused; nothing is held. */
public record SeatHoldRejectedEvent(String departureId, String holdId, String bookingId, String packageId,
                                    HoldRejection reason, String detail, Instant at) {
}
