package com.tripavail.trip.integration.analytics;

import com.tripavail.contracts.trip.RouteClicked;
import com.tripavail.contracts.trip.SearchPerformed;
import com.tripavail.platform.kafka.PublicEventTranslator;
import com.tripavail.trip.event.RouteClickedEvent;
import com.tripavail.trip.event.SearchPerformedEvent;
import java.util.Optional;

/**
 * The search side's analytics events as {@code trip.analytics.*} contracts; the platform routes that prefix to
 * {@code tripavail.trip.analytics} ({@code tripavail.kafka.publication-routes}).
 */
public class AnalyticsEventTranslator implements PublicEventTranslator {

    @Override
    public Optional<Object> translate(Object domainEvent) {
        return switch (domainEvent) {
            case SearchPerformedEvent e -> Optional.of(new SearchPerformed(e.searchId(), e.origin(), e.destination(),
                    e.stops().stream().map(s -> new SearchPerformed.SearchedStop(s.place(), s.minStayHours(),
                            s.minStayNights())).toList(),
                    e.date(), e.time(), e.passengers(), e.preference(), e.profession(), e.routesFound(),
                    e.bestDurationMinutes(), e.bestPrice(), e.userId(), e.clientHash(), e.cached(), e.at()));
            case RouteClickedEvent e -> Optional.of(new RouteClicked(e.searchId(), e.routeIndex(), e.modes(),
                    e.durationMinutes(), e.userId(), e.clientHash(), e.at()));
            default -> Optional.empty();
        };
    }
}
