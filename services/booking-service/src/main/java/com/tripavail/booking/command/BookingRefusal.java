package com.tripavail.booking.command;

/** Why a booking command was refused. */
public enum BookingRefusal {
    /** The caller is not the booking's traveller (or provider): answered as if it did not exist. */
    NOT_YOURS,
    /** The command does not fit the booking's status. */
    WRONG_STATE,
    /** The hold ran out before the command arrived. */
    HOLD_EXPIRED,
    /** The command's content is not acceptable (unknown payment, say). */
    INVALID
}
