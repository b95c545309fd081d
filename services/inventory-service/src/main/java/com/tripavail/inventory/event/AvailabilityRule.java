package com.tripavail.inventory.event;

/** When a hotel package can start: Friday or Saturday, within its seasons, or any night. */
public enum AvailabilityRule {
    WEEKEND_ONLY,
    SEASONAL,
    FLEXIBLE
}
