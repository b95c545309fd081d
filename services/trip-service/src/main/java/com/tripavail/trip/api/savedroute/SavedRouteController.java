package com.tripavail.trip.api.savedroute;

import com.tripavail.platform.idempotency.IdempotencyKeyRequired;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.NotFoundException;
import com.tripavail.platform.web.UnprocessableException;
import com.tripavail.trip.event.RouteSnapshot;
import com.tripavail.trip.query.savedroute.SavedRoute;
import com.tripavail.trip.query.savedroute.SavedRoutes;
import com.tripavail.trip.query.search.SearchResults;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's saved routes: a route of a search result kept under a name (the route as offered, so it outlives
 * the search's 24 hours), listed, reused and deleted. Reusing counts the use and returns the route, from which
 * the client searches again or makes a trip. Another user's route does not exist (404).
 */
@RestController
@RequestMapping("/api/saved-routes")
public class SavedRouteController {

    /**
     * @param searchId   the search that offered the route
     * @param routeIndex the route's place in its result
     * @param name       what to call it ("Weekend escape to Goa")
     */
    public record SaveRouteRequest(@NotBlank @Size(max = 100) String searchId,
                                   @NotNull @Min(0) @Max(100) Integer routeIndex,
                                   @NotBlank @Size(max = 120) String name) {
    }

    private final SavedRoutes savedRoutes;
    private final SearchResults searchResults;
    private final Clock clock;

    public SavedRouteController(SavedRoutes savedRoutes, SearchResults searchResults, Clock clock) {
        this.savedRoutes = savedRoutes;
        this.searchResults = searchResults;
        this.clock = clock;
    }

    @PostMapping
    @IdempotencyKeyRequired
    public ResponseEntity<SavedRoute> save(@Valid @RequestBody SaveRouteRequest request, CurrentUser user) {
        RouteSnapshot route = searchResults.route(request.searchId(), request.routeIndex())
                .orElseThrow(() -> new UnprocessableException("search " + request.searchId() + " has no route "
                        + request.routeIndex() + " (or its results have expired): search again"));
        SavedRoute saved = savedRoutes.save(UUID.randomUUID().toString(), user.userId(), request.name().strip(),
                route, clock.instant());
        return ResponseEntity.created(URI.create("/api/saved-routes/" + saved.id())).body(saved);
    }

    @GetMapping
    public List<SavedRoute> list(CurrentUser user) {
        return savedRoutes.listOf(user.userId());
    }

    @GetMapping("/{id}")
    public SavedRoute get(@PathVariable String id, CurrentUser user) {
        return savedRoutes.find(id, user.userId()).orElseThrow(() -> notFound(id));
    }

    /** Counts a reuse (timesUsed, lastUsedAt) and returns the saved route with its snapshot. */
    @PostMapping("/{id}/use")
    public SavedRoute use(@PathVariable String id, CurrentUser user) {
        return savedRoutes.use(id, user.userId(), clock.instant()).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id, CurrentUser user) {
        if (!savedRoutes.delete(id, user.userId())) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no saved route " + id);
    }
}
