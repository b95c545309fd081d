package com.tripavail.trip.integration.publication;

import com.tripavail.contracts.trip.BookingClicked;
import com.tripavail.contracts.trip.ConversionMarked;
import com.tripavail.contracts.trip.LegBooked;
import com.tripavail.contracts.trip.PlannedLeg;
import com.tripavail.contracts.trip.TripCancelled;
import com.tripavail.contracts.trip.TripCompleted;
import com.tripavail.contracts.trip.TripPlanned;
import com.tripavail.platform.kafka.PublicEventTranslator;
import com.tripavail.trip.event.BookingClickedEvent;
import com.tripavail.trip.event.ConversionMarkedEvent;
import com.tripavail.trip.event.LegBookedEvent;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.event.TripCancelledEvent;
import com.tripavail.trip.event.TripCompletedEvent;
import com.tripavail.trip.event.TripPlannedEvent;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The trips' public language: {@code trip.*} on {@code tripavail.trip.events}, {@code trip.analytics.*} on
 * {@code tripavail.trip.analytics} (the platform routes them by type prefix). The booking reference a
 * traveller entered stays inside the service; starts, reminders and links to marketplace bookings are private.
 */
@Component
public class TripEventTranslator implements PublicEventTranslator {

    @Override
    public Optional<Object> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case TripPlannedEvent e -> planned(e);
            case LegBookedEvent e -> new LegBooked(e.tripId(), e.travelerId(), e.legIndex(), e.legKind(), e.mode(),
                    e.platform(), e.cost(), e.source().name(), e.marketplaceBookingId(), e.tripStatus().name(),
                    e.at());
            case TripCancelledEvent e -> new TripCancelled(e.tripId(), e.travelerId(), e.previousStatus().name(),
                    e.reason(), e.at());
            case TripCompletedEvent e -> new TripCompleted(e.tripId(), e.travelerId(), e.departure(), e.arrival(),
                    e.bookedLegs(), e.bookableLegs(), e.at());
            case BookingClickedEvent e -> new BookingClicked(e.clickId(), e.tripId(), e.travelerId(), e.legIndex(),
                    e.mode(), e.operator(), e.platform(), e.affiliateUrl(), e.at());
            case ConversionMarkedEvent e -> new ConversionMarked(e.clickId(), e.tripId(), e.travelerId(),
                    e.legIndex(), e.platform(), e.cost(), e.at());
            default -> null;
        });
    }

    private static TripPlanned planned(TripPlannedEvent e) {
        RouteSnapshot route = e.route();
        List<PlannedLeg> legs = route.legs().stream()
                .map(leg -> new PlannedLeg(leg.index(), leg.kind(), leg.mode(), leg.operator(), leg.fromName(),
                        leg.toName(), leg.departure(), leg.arrival(), leg.pricePerPassenger(), leg.bookingPlatform(),
                        leg.city()))
                .toList();
        return new TripPlanned(e.tripId(), e.travelerId(), e.name(), route.searchId(), route.routeIndex(),
                route.passengers(), route.legs().getFirst().fromName(), route.legs().getLast().toName(),
                route.departure(), route.arrival(), route.totalPrice(), legs, e.at());
    }
}
