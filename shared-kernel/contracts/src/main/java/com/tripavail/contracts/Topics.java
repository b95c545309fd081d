package com.tripavail.contracts;

/** Kafka topic names: one per publishing context (ARCHITECTURE.md, "Kafka"). */
public final class Topics {

    public static final String ONBOARDING_EVENTS = "tripavail.onboarding.events";
    public static final String INVENTORY_EVENTS = "tripavail.inventory.events";
    public static final String BOOKING_EVENTS = "tripavail.booking.events";
    public static final String TRIP_EVENTS = "tripavail.trip.events";
    public static final String TRIP_ANALYTICS = "tripavail.trip.analytics";

    /** Kafka header carrying the envelope's type, so consumers can filter without parsing. */
    public static final String TYPE_HEADER = "type";
    /** Kafka header carrying the W3C trace context. */
    public static final String TRACEPARENT_HEADER = "traceparent";

    private Topics() {
    }
}
