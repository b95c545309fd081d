package com.tripavail.trip.event;

import java.time.Instant;

/**
 * A traveller opened a route of a search result (reported by the client). Published as
 * {@code trip.analytics.RouteClicked} through the outbox, like {@link SearchPerformedEvent}.
 *
 * @param clientHash a salted hash of the client's IP address
 */
public record RouteClickedEvent(String searchId, int routeIndex, String modes, long durationMinutes, String userId,
                                String clientHash, Instant at) {
}
