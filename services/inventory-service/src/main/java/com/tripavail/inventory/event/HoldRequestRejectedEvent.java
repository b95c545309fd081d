package com.tripavail.inventory.event;

import java.time.Instant;

/**
 * A hold request named no product this service knows (or could not be routed to one), so no
 * calendar or departure could answer it. Published on the event bus without an aggregate so
 * booking still gets its answer.
 */
public record HoldRequestRejectedEvent(String holdId, String bookingId, String productType, String productId,
                                       HoldRejection reason, String detail, Instant at) {
}
