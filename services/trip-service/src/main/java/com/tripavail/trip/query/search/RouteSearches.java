package com.tripavail.trip.query.search;

import com.tripavail.contracts.Money;
import com.tripavail.platform.web.BadRequestException;
import com.tripavail.platform.web.ServiceUnavailableException;
import com.tripavail.platform.web.UnprocessableException;
import com.tripavail.trip.config.SearchProperties;
import com.tripavail.trip.event.LegSnapshot;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.event.SearchPerformedEvent;
import com.tripavail.trip.routing.ActiveNetwork;
import com.tripavail.trip.routing.PlaceTripQuery;
import com.tripavail.trip.routing.PlannedJourney;
import com.tripavail.trip.routing.ViaPlace;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers route searches: resolves the places, checks the request, answers an equal request of the last
 * {@code cacheTtl} from the stored result (same search id), else plans on the network in service, stores the
 * result and tells analytics.
 */
public class RouteSearches {

    private static final Logger log = LoggerFactory.getLogger(RouteSearches.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ActiveNetwork network;
    private final PlaceResolver places;
    private final JourneySnapshots snapshots;
    private final SearchResults results;
    private final StaySuggestions stays;
    private final EventGateway events;
    private final SearchProperties properties;
    private final Clock clock;

    public RouteSearches(ActiveNetwork network, PlaceResolver places, JourneySnapshots snapshots, SearchResults results,
                         StaySuggestions stays, EventGateway events, SearchProperties properties, Clock clock) {
        this.network = network;
        this.places = places;
        this.snapshots = snapshots;
        this.results = results;
        this.stays = stays;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param userId     the signed-in traveller, if any
     * @param clientHash the salted hash of the client's address, for analytics
     */
    public SearchAnswer search(SearchQuery query, Optional<String> userId, String clientHash) {
        checkShape(query);
        ActiveNetwork.Routing routing = network.current()
                .orElseThrow(() -> new ServiceUnavailableException("The timetables are still loading; try again shortly.", Duration.ofSeconds(5)));
        ResolvedPlace origin = places.resolve(query.origin(), routing);
        ResolvedPlace destination = places.resolve(query.destination(), routing);
        List<SearchAnswer.ResolvedVia> vias = new ArrayList<>();
        for (SearchQuery.Via via : query.stops()) {
            vias.add(new SearchAnswer.ResolvedVia(places.resolve(via.place(), routing), via.minStayHours(), via.minStayNights()));
        }
        checkDistinctPlaces(origin, destination, vias);
        ZoneId zone = routing.search().zoneOf(origin.stopIds().getFirst());
        Instant now = clock.instant();
        if (query.date().isBefore(LocalDate.ofInstant(now, zone))) {
            throw new UnprocessableException("The date " + query.date() + " is in the past.");
        }
        NormalisedSearch normalised = new NormalisedSearch(origin.key(), destination.key(),
                vias.stream().map(v -> new NormalisedSearch.Via(v.place().key(), v.minStayHours(), v.minStayNights())).toList(),
                query.date(), query.time().truncatedTo(ChronoUnit.MINUTES), query.passengers(), query.preference().name(),
                query.profession() == null ? null : query.profession().name(), routing.version());
        String cacheKey = cacheKey(normalised);

        Optional<StoredSearch> cached = results.findCached(cacheKey, now.minus(properties.cacheTtl()));
        StoredSearch stored = cached.orElseGet(() -> plan(query, normalised, cacheKey, origin, destination, vias, zone, routing, now));
        publish(stored, query, origin, destination, vias, userId, clientHash, cached.isPresent(), now);
        return new SearchAnswer(stored.searchId(), cached.isPresent(), origin, destination, vias, stored.routes(),
                staySuggestions(stored, vias, routing));
    }

    private StoredSearch plan(SearchQuery query, NormalisedSearch normalised, String cacheKey, ResolvedPlace origin,
                              ResolvedPlace destination, List<SearchAnswer.ResolvedVia> vias, ZoneId zone,
                              ActiveNetwork.Routing routing, Instant now) {
        Instant departAfter = LocalDateTime.of(query.date(), query.time()).atZone(zone).toInstant();
        PlaceTripQuery trip = new PlaceTripQuery(origin.stopIds(), destination.stopIds(),
                vias.stream().map(v -> new ViaPlace(v.place().stopIds(), Duration.ofHours(v.minStayHours()),
                        v.minStayNights())).toList(),
                departAfter, query.preference(), properties.maxRoutes());
        long started = System.nanoTime();
        List<PlannedJourney> planned = routing.planner().planPlaces(trip);
        String searchId = UUID.randomUUID().toString();
        List<StoredRoute> routes = snapshots.routes(searchId, planned, new JourneySnapshots.Request(query.passengers(),
                query.preference(), query.profession(), vias.stream().map(SearchAnswer.ResolvedVia::minStayNights).toList()),
                routing);
        StoredSearch stored = new StoredSearch(searchId, cacheKey, routes, now, now.plus(properties.retention()));
        results.save(stored, normalised, new Object[]{origin, destination, vias});
        log.info("Search {}: {} → {} via {} on {} {}: {} routes in {} ms", searchId, origin.name(), destination.name(),
                vias.stream().map(v -> v.place().name()).toList(), query.date(), query.time(), routes.size(),
                (System.nanoTime() - started) / 1_000_000);
        return stored;
    }

    private void checkShape(SearchQuery query) {
        if (query.passengers() < 1 || query.passengers() > properties.maxPassengers()) {
            throw new BadRequestException("passengers must be between 1 and " + properties.maxPassengers() + ".");
        }
        if (query.stops().size() > properties.maxStops()) {
            throw new BadRequestException("At most " + properties.maxStops() + " stops are allowed on the way.");
        }
        for (SearchQuery.Via via : query.stops()) {
            if (via.minStayHours() < 0 || via.minStayNights() < 0 || via.minStayHours() > 24 * 30 || via.minStayNights() > 30) {
                throw new BadRequestException("A stay is 0 to 720 hours and 0 to 30 nights.");
            }
        }
    }

    private static void checkDistinctPlaces(ResolvedPlace origin, ResolvedPlace destination,
                                            List<SearchAnswer.ResolvedVia> vias) {
        List<ResolvedPlace> route = new ArrayList<>();
        route.add(origin);
        vias.forEach(v -> route.add(v.place()));
        route.add(destination);
        if (overlap(origin, destination)) {
            throw new UnprocessableException("Origin and destination are the same place (" + origin.name() + ").");
        }
        for (int i = 1; i < route.size(); i++) {
            if (overlap(route.get(i - 1), route.get(i))) {
                throw new UnprocessableException("'" + route.get(i).input() + "' is the same place as the one before it ("
                        + route.get(i - 1).name() + ").");
            }
        }
    }

    private static boolean overlap(ResolvedPlace a, ResolvedPlace b) {
        Set<String> stops = new HashSet<>(a.stopIds());
        return b.stopIds().stream().anyMatch(stops::contains);
    }

    private void publish(StoredSearch stored, SearchQuery query, ResolvedPlace origin, ResolvedPlace destination,
                         List<SearchAnswer.ResolvedVia> vias, Optional<String> userId, String clientHash, boolean cached,
                         Instant now) {
        Long bestDuration = stored.routes().stream().map(r -> r.route().durationMinutes()).min(Comparator.naturalOrder())
                .orElse(null);
        Money bestPrice = stored.routes().stream().map(r -> r.route().totalPrice())
                .min(Comparator.comparing(Money::amount)).orElse(null);
        events.publish(new SearchPerformedEvent(stored.searchId(), origin.name(), destination.name(),
                vias.stream().map(v -> new SearchPerformedEvent.SearchedStop(v.place().name(), v.minStayHours(),
                        v.minStayNights())).toList(),
                query.date(), query.time().truncatedTo(ChronoUnit.MINUTES), query.passengers(), query.preference().name(),
                query.profession() == null ? null : query.profession().name(), stored.routes().size(), bestDuration,
                bestPrice, userId.orElse(null), clientHash, cached, now));
    }

    /** Stays for each via place with a night or more, in the dates of the best route. */
    private List<SearchAnswer.CityStays> staySuggestions(StoredSearch stored, List<SearchAnswer.ResolvedVia> vias,
                                                         ActiveNetwork.Routing routing) {
        if (stored.routes().isEmpty()) {
            return List.of();
        }
        RouteSnapshot best = stored.routes().getFirst().route();
        List<LegSnapshot> stayLegs = best.legs().stream().filter(l -> "STAY".equals(l.kind())).toList();
        List<SearchAnswer.CityStays> suggestions = new ArrayList<>();
        int stay = 0;
        for (int i = 0; i < vias.size() && stay < stayLegs.size(); i++) {
            if (vias.get(i).minStayNights() < 1) {
                continue;
            }
            LegSnapshot leg = stayLegs.get(stay++);
            ZoneId zone = routing.search().zoneOf(leg.fromStopId());
            LocalDate checkIn = LocalDate.ofInstant(leg.departure(), zone);
            LocalDate checkOut = LocalDate.ofInstant(leg.arrival(), zone);
            List<StaySuggestion> found;
            try {
                found = stays.inCity(leg.city(), checkIn, checkOut);
            } catch (RuntimeException e) {
                log.warn("Stay suggestions for {} failed; the search answers without them", leg.city(), e);
                found = List.of();
            }
            suggestions.add(new SearchAnswer.CityStays(i, leg.city(), checkIn, checkOut, found));
        }
        return suggestions;
    }

    static String cacheKey(NormalisedSearch search) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(search).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
