package com.tripavail.inventory.event;

/** Where a hold stands. REJECTED holds are remembered too, so a redelivered request is answered once. */
public enum HoldStatus {
    HELD,
    SOLD,
    RELEASED,
    REJECTED
}
