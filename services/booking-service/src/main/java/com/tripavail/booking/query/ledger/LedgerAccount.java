package com.tripavail.booking.query.ledger;

/** The ledger's accounts. */
public enum LedgerAccount {
    /** What travellers were charged (debit) and got back (credit). */
    TRAVELER,
    /** What providers earned from confirmed bookings, less what refunds took back. */
    PROVIDER_EARNINGS,
    /** The marketplace's commission (fees included), less what refunds took back. */
    COMMISSION,
    /** Money captured for a booking that could no longer take it, held until it is refunded. */
    UNAPPLIED_PAYMENTS
}
