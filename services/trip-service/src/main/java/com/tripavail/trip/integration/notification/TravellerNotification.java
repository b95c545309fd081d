package com.tripavail.trip.integration.notification;

/**
 * A message to a traveller. Only the user id is known here; the adapter that delivers it finds their address.
 *
 * @param kind     what it is about, e.g. LEG_REMINDER
 * @param legIndex the leg it is about, if any
 */
public record TravellerNotification(String userId, String kind, String tripId, Integer legIndex, String subject,
                                    String body) {
}
