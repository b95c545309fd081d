package com.tripavail.inventory.command.catalog;

/** Why a catalogue command was refused: an expected outcome, returned rather than thrown. */
public enum CatalogRefusal {
    /** The acting provider does not own the product (shown to them as "not found"). */
    NOT_OWNER,
    /** The command does not fit the product's status (publishing an archived listing, …). */
    WRONG_STATE,
    /** Publishing needs the owning provider APPROVED. */
    PROVIDER_NOT_APPROVED,
    /** A listing is published only with at least one room type. */
    NO_ROOM_TYPES,
    /** A hotel package is published only while its listing is PUBLISHED. */
    LISTING_NOT_PUBLISHED,
    /** A tour has at most one departure per date. */
    DUPLICATE_DEPARTURE,
    /** The details break a rule of the product (seats over the maximum, a date in the past, …). */
    INVALID_DETAILS
}
