package com.tripavail.booking.command;

/**
 * Where a payment stands: opened ({@link #INITIATED}), known to the provider ({@link #PENDING}),
 * then {@link #CAPTURED} or {@link #DECLINED}; a captured payment becomes
 * {@link #PARTIALLY_REFUNDED} or {@link #REFUNDED} as refunds are paid out.
 */
public enum PaymentStatus {
    INITIATED,
    PENDING,
    CAPTURED,
    DECLINED,
    PARTIALLY_REFUNDED,
    REFUNDED;

    /** Money was taken (and may since have been partly or wholly given back). */
    public boolean isCaptured() {
        return this == CAPTURED || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }
}
