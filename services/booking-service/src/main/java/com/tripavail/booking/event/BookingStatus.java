package com.tripavail.booking.event;

/**
 * Where a booking stands. The marketplace seed's states, plus two it leaves implicit:
 * {@link #HOLD_PENDING} (the hold was asked of inventory, no answer yet — a transitional
 * state a client may wait on) and {@link #HOLD_REJECTED} (inventory refused the hold: the
 * booking ends there with inventory's reason).
 */
public enum BookingStatus {
    QUOTE,
    HOLD_PENDING,
    HOLD,
    PAYMENT_PENDING,
    CONFIRMED,
    COMPLETED,
    HOLD_REJECTED,
    EXPIRED_HOLD,
    CANCELLED_BY_GUEST,
    CANCELLED_BY_PROVIDER;

    /** Waiting for another party (inventory, the payment provider): a client may wait for it to end. */
    public boolean isTransitional() {
        return this == HOLD_PENDING || this == PAYMENT_PENDING;
    }

    /** Nothing more happens to the booking. */
    public boolean isFinal() {
        return this == COMPLETED || this == HOLD_REJECTED || this == EXPIRED_HOLD || this == CANCELLED_BY_GUEST
                || this == CANCELLED_BY_PROVIDER;
    }
}
