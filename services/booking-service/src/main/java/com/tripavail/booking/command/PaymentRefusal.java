package com.tripavail.booking.command;

/** Why a payment command was refused. */
public enum PaymentRefusal {
    /** The command does not fit the payment's status (a capture after a decline, a refund before capture). */
    WRONG_STATE,
    /** The refund would give back more than was captured. */
    OVER_REFUND,
    /** The refund id is not one this payment was asked for. */
    UNKNOWN_REFUND,
    /** The command's content is not acceptable (another currency, parts that do not add up, another provider id). */
    INVALID
}
