package com.tripavail.trip.api.search;

import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.security.CurrentUserAccessor;
import com.tripavail.platform.web.BadRequestException;
import com.tripavail.trip.integration.analytics.ClientHash;
import com.tripavail.trip.query.search.PlaceInput;
import com.tripavail.trip.query.search.RouteClicks;
import com.tripavail.trip.query.search.RouteSearches;
import com.tripavail.trip.query.search.SearchAnswer;
import com.tripavail.trip.query.search.SearchQuery;
import com.tripavail.trip.routing.Preference;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Route search, open to anyone (a valid token is still read: the user's own rate limit, their id in analytics).
 * Both endpoints are rate limited by {@link SearchRateLimiter}.
 */
@RestController
@RequestMapping("/api/routes/search")
public class RouteSearchController {

    private final RouteSearches searches;
    private final RouteClicks clicks;
    private final CurrentUserAccessor users;
    private final ClientHash clientHash;

    public RouteSearchController(RouteSearches searches, RouteClicks clicks, CurrentUserAccessor users,
                                 ClientHash clientHash) {
        this.searches = searches;
        this.clicks = clicks;
        this.users = users;
        this.clientHash = clientHash;
    }

    @PostMapping
    public RouteSearchResponse search(@RequestBody RouteSearchRequest request, HttpServletRequest http) {
        SearchQuery query = queryOf(request);
        SearchAnswer answer = searches.search(query, users.current().map(CurrentUser::userId),
                clientHash.of(http.getRemoteAddr()));
        return new RouteSearchResponse(answer.searchId(), answer.cached(), answer.origin(), answer.destination(),
                answer.stops(), query.date(), query.time(), query.passengers(), query.preference().name(),
                query.profession() == null ? null : query.profession().name(),
                answer.routes().stream().map(RouteSearchResponse.RouteView::of).toList(), answer.staySuggestions());
    }

    /** The client opened route {@code index} of a search: 202, or 404 when there is no such route (any more). */
    @PostMapping("/{searchId}/routes/{index}/click")
    public ResponseEntity<Void> click(@PathVariable String searchId, @PathVariable int index, HttpServletRequest http) {
        clicks.clicked(searchId, index, users.current().map(CurrentUser::userId), clientHash.of(http.getRemoteAddr()));
        return ResponseEntity.accepted().build();
    }

    private static SearchQuery queryOf(RouteSearchRequest request) {
        if (request.date() == null) {
            throw new BadRequestException("date is required (YYYY-MM-DD, the local departure date at the origin).");
        }
        List<SearchQuery.Via> stops = new ArrayList<>();
        List<RouteSearchRequest.StopRequest> requested = request.stops() == null ? List.of() : request.stops();
        for (int i = 0; i < requested.size(); i++) {
            RouteSearchRequest.StopRequest stop = requested.get(i);
            if (stop == null) {
                throw new BadRequestException("stops[" + i + "] is empty.");
            }
            stops.add(new SearchQuery.Via(place(stop.place(), "stops[" + i + "].place"),
                    Optional.ofNullable(stop.minStayHours()).orElse(0), Optional.ofNullable(stop.minStayNights()).orElse(0)));
        }
        return new SearchQuery(place(request.origin(), "origin"), place(request.destination(), "destination"), stops,
                request.date(), Optional.ofNullable(request.time()).orElse(LocalTime.MIDNIGHT),
                Optional.ofNullable(request.passengers()).orElse(1),
                Optional.ofNullable(request.preference()).orElse(Preference.BALANCED), request.profession());
    }

    /** A text, or an object with numeric lat and lon. */
    static PlaceInput place(JsonNode node, String field) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new BadRequestException(field + " is required: a stop id, a place name, \"lat,lon\" or {\"lat\": …, \"lon\": …}.");
        }
        if (node.isString()) {
            if (node.asString().isBlank()) {
                throw new BadRequestException(field + " must not be blank.");
            }
            return new PlaceInput.Text(node.asString());
        }
        if (node.isObject() && node.path("lat").isNumber() && node.path("lon").isNumber()) {
            try {
                return new PlaceInput.Coordinates(node.get("lat").asDouble(), node.get("lon").asDouble());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(field + ": " + e.getMessage() + ".");
            }
        }
        throw new BadRequestException(field + " must be a stop id, a place name, \"lat,lon\" or {\"lat\": …, \"lon\": …}.");
    }
}
