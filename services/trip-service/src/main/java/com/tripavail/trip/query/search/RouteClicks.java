package com.tripavail.trip.query.search;

import com.tripavail.platform.web.NotFoundException;
import com.tripavail.trip.event.LegSnapshot;
import com.tripavail.trip.event.RouteClickedEvent;
import com.tripavail.trip.event.RouteSnapshot;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.gateway.EventGateway;

/** Records that a traveller opened a route of a search result (for analytics only). */
public class RouteClicks {

    private final SearchResults results;
    private final EventGateway events;
    private final Clock clock;

    public RouteClicks(SearchResults results, EventGateway events, Clock clock) {
        this.results = results;
        this.events = events;
        this.clock = clock;
    }

    public void clicked(String searchId, int routeIndex, Optional<String> userId, String clientHash) {
        RouteSnapshot route = results.route(searchId, routeIndex).orElseThrow(() -> new NotFoundException(
                "Search " + searchId + " has no route " + routeIndex + " (or it has expired)."));
        String modes = route.legs().stream().filter(l -> "TRANSIT".equals(l.kind())).map(LegSnapshot::mode)
                .collect(Collectors.joining(","));
        events.publish(new RouteClickedEvent(searchId, routeIndex, modes, route.durationMinutes(), userId.orElse(null),
                clientHash, clock.instant()));
    }
}
