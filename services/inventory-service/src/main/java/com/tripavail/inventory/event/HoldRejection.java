package com.tripavail.inventory.event;

/** Why a hold was refused (the contract's reasons). */
public enum HoldRejection {
    SOLD_OUT,
    CLOSED,
    NOT_PUBLISHED,
    UNKNOWN_PRODUCT,
    INVALID_REQUEST
}
