package com.tripavail.trip.query.search;

import com.tripavail.contracts.Money;
import com.tripavail.trip.event.LegSnapshot;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.routing.ActiveNetwork;
import com.tripavail.trip.routing.BalancedWeights;
import com.tripavail.trip.routing.PlannedJourney;
import com.tripavail.trip.routing.Preference;
import com.tripavail.trip.routing.journey.Journey;
import com.tripavail.trip.routing.journey.Leg;
import com.tripavail.trip.routing.journey.LegKind;
import com.tripavail.trip.routing.network.TransitNetwork;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Turns planned journeys into the routes a search offers: the traveller's discount applied per leg (and the
 * routes ranked again by the preference on the discounted prices), booking platform and deep link per transport
 * leg, and a STAY leg at each via place with at least one night, bookable on the marketplace in that city.
 */
public class JourneySnapshots {

    public static final String STAY_PLATFORM = "TripAvail";

    /** What the mapping needs to know of the request. */
    public record Request(int passengers, Preference preference, Profession profession, List<Integer> viaNights) {
    }

    private record Discounted(PlannedJourney planned, Journey journey, long fullPricePerPassenger) {
    }

    private final ProfessionDiscounts discounts;
    private final BookingPlatforms platforms;
    private final PlaceResolver places;
    private final BalancedWeights weights;
    private final String stayBookingLink;

    public JourneySnapshots(ProfessionDiscounts discounts, BookingPlatforms platforms, PlaceResolver places,
                            BalancedWeights weights, String stayBookingLink) {
        this.discounts = discounts;
        this.platforms = platforms;
        this.places = places;
        this.weights = weights;
        this.stayBookingLink = stayBookingLink;
    }

    public List<StoredRoute> routes(String searchId, List<PlannedJourney> planned, Request request,
                                    ActiveNetwork.Routing routing) {
        Comparator<Journey> order = request.preference().order(weights);
        List<Discounted> ranked = planned.stream()
                .map(p -> new Discounted(p, discounted(p.journey(), request.profession()), p.journey().pricePerPassengerMinor()))
                .sorted(Comparator.comparing(Discounted::journey, order))
                .toList();
        List<StoredRoute> routes = new ArrayList<>();
        for (int index = 0; index < ranked.size(); index++) {
            routes.add(route(searchId, index, ranked.get(index), request, routing));
        }
        return routes;
    }

    private Journey discounted(Journey journey, Profession profession) {
        if (profession == null) {
            return journey;
        }
        List<Leg> legs = journey.legs().stream()
                .map(leg -> leg.kind() != LegKind.TRANSIT ? leg : discounts.percentFor(profession, leg.mode(), leg.operator())
                        .map(percent -> leg.withPricePerPassengerMinor(
                                ProfessionDiscounts.discounted(leg.pricePerPassengerMinor(), percent)))
                        .orElse(leg))
                .toList();
        return new Journey(legs, journey.transfers(), journey.currency());
    }

    private StoredRoute route(String searchId, int index, Discounted discounted, Request request,
                              ActiveNetwork.Routing routing) {
        Journey journey = discounted.journey();
        String currency = journey.currency();
        List<Integer> viaArrivals = discounted.planned().viaArrivalLegs();
        List<LegSnapshot> legs = new ArrayList<>();
        for (int i = 0; i < journey.legs().size(); i++) {
            Leg leg = journey.legs().get(i);
            legs.add(leg.kind() == LegKind.WALK ? walk(legs.size(), leg, currency)
                    : transit(legs.size(), leg, currency, request.passengers(), routing));
            int via = viaArrivals.indexOf(i);
            if (via >= 0 && request.viaNights().get(via) > 0 && i + 1 < journey.legs().size()) {
                legs.add(stay(legs.size(), leg, journey.legs().get(i + 1), currency, request.passengers(), routing));
            }
        }
        Money total = money(journey.pricePerPassengerMinor(), currency).times(request.passengers());
        Money full = money(discounted.fullPricePerPassenger(), currency).times(request.passengers());
        RouteSnapshot snapshot = new RouteSnapshot(searchId, index, request.preference().name(), request.passengers(),
                legs, journey.departure(), journey.arrival(), journey.duration().toMinutes(), total, journey.transfers());
        return new StoredRoute(snapshot, full, total.sameAs(full) || request.profession() == null
                ? null : request.profession().name());
    }

    private LegSnapshot transit(int index, Leg leg, String currency, int passengers, ActiveNetwork.Routing routing) {
        BookingPlatforms.BookingLink link = platforms.linkFor(leg, new BookingPlatforms.LegPlaces(
                code(leg.from().id(), routing.network()), code(leg.to().id(), routing.network()),
                citySlug(leg.from().id(), routing), citySlug(leg.to().id(), routing)), passengers);
        return new LegSnapshot(index, LegKind.TRANSIT.name(), leg.mode().name(), leg.operator(), leg.routeName(),
                leg.from().id(), leg.from().name(), leg.to().id(), leg.to().name(), leg.departure(), leg.arrival(),
                leg.duration().toMinutes(), money(leg.pricePerPassengerMinor(), currency), link.platform(),
                link.deepLink(), null);
    }

    private static LegSnapshot walk(int index, Leg leg, String currency) {
        return new LegSnapshot(index, LegKind.WALK.name(), "WALK", null, null, leg.from().id(), leg.from().name(),
                leg.to().id(), leg.to().name(), leg.departure(), leg.arrival(), leg.duration().toMinutes(),
                money(0, currency), null, null, null);
    }

    /** The nights between arriving at a via place and leaving it, booked on the marketplace. */
    private LegSnapshot stay(int index, Leg arriving, Leg leaving, String currency, int guests, ActiveNetwork.Routing routing) {
        String city = places.cityOfStop(arriving.to().id(), routing).map(CityGazetteer.City::name)
                .orElse(arriving.to().name());
        LocalDate checkIn = arriving.localArrival().toLocalDate();
        LocalDate checkOut = leaving.localDeparture().toLocalDate();
        String link = BookingPlatforms.fill(stayBookingLink, Map.of(
                "city", java.net.URLEncoder.encode(city, java.nio.charset.StandardCharsets.UTF_8),
                "checkIn", checkIn.toString(), "checkOut", checkOut.toString(), "guests", Integer.toString(guests)));
        return new LegSnapshot(index, "STAY", "STAY", null, null, arriving.to().id(), arriving.to().name(),
                leaving.from().id(), leaving.from().name(), arriving.arrival(), leaving.departure(),
                Duration.between(arriving.arrival(), leaving.departure()).toMinutes(), money(0, currency),
                STAY_PLATFORM, link, city);
    }

    /** A stop's code for booking sites: its station's id, without the feed prefix ("NDLS", not "rail-demo:NDLS_P1"). */
    private static String code(String stopId, TransitNetwork network) {
        int stop = network.stopIndex(stopId);
        String id = stop >= 0 && network.parentOf(stop) >= 0 ? network.stopId(network.parentOf(stop)) : stopId;
        return id.substring(id.indexOf(':') + 1);
    }

    private String citySlug(String stopId, ActiveNetwork.Routing routing) {
        return places.cityOfStop(stopId, routing).map(CityGazetteer.City::slug).orElse("");
    }

    static Money money(long minor, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return new Money(BigDecimal.valueOf(minor, digits), currency);
    }
}
