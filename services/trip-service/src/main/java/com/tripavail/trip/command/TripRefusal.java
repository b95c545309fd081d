package com.tripavail.trip.command;

/** Why a trip command was refused. */
public enum TripRefusal {
    /** The caller is not the trip's traveller: answered as if it did not exist. */
    NOT_YOURS,
    /** The trip has no leg of that index. */
    NO_SUCH_LEG,
    /** The command does not fit the trip's (or the leg's) state. */
    WRONG_STATE,
    /** The command's content is not acceptable (a walk to book, another traveller's booking). */
    INVALID
}
