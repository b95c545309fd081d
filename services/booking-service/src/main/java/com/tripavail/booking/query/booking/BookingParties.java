package com.tripavail.booking.query.booking;

/** A booking's traveller and the provider of its product. */
public record BookingParties(String bookingId, String travelerId, String providerId) {
}
