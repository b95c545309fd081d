package com.tripavail.inventory.event;

/** Why a product went off sale. Only the provider's own pause is lifted by the provider at will. */
public enum PauseReason {
    BY_PROVIDER,
    /** The provider was suspended; their products come back only by their action after reinstatement. */
    PROVIDER_SUSPENDED
}
