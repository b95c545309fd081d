package com.tripavail.booking.integration.payment;

/** Why a webhook is not believed. Nothing a refused webhook says is acted on. */
public enum WebhookRefusal {
    /** No signature header. */
    MISSING_SIGNATURE,
    /** A signature header that does not have the provider's form. */
    MALFORMED_SIGNATURE,
    /** No signature in the header matches the body under the provider's secret. */
    WRONG_SIGNATURE,
    /** A correct signature whose timestamp is too far from now: possibly a replayed request. */
    STALE_TIMESTAMP,
    /** Signed correctly but not an event the provider's format allows. */
    MALFORMED_EVENT
}
