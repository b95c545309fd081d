package com.tripavail.booking.query.ledger;

/** The side of a ledger entry. */
public enum LedgerSide {
    DEBIT,
    CREDIT
}
