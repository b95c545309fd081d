package com.tripavail.inventory.api.catalog;

import static com.tripavail.inventory.api.catalog.CatalogResults.acceptedResponse;
import static com.tripavail.inventory.api.catalog.CatalogResults.created;
import static com.tripavail.inventory.api.catalog.CatalogResults.createdInside;

import com.tripavail.inventory.api.catalog.CatalogRequests.DepartureRequest;
import com.tripavail.inventory.api.catalog.CatalogRequests.ItineraryDayRequest;
import com.tripavail.inventory.api.catalog.CatalogRequests.PickupRequest;
import com.tripavail.inventory.api.catalog.CatalogRequests.TourPackageRequest;
import com.tripavail.inventory.api.catalog.CatalogResults.ProductCommandResponse;
import com.tripavail.inventory.command.catalog.CatalogCommands;
import com.tripavail.inventory.command.catalog.CatalogIds;
import com.tripavail.inventory.command.catalog.CreateTourPackageCommand;
import com.tripavail.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tour operator's tour packages and their departures. */
@RestController
@RequestMapping("/api/tour-packages")
public class TourPackageController {

    private final CatalogCommands catalog;
    private final CatalogCallers callers;
    private final CatalogIds ids;
    private final Clock clock;

    public TourPackageController(CatalogCommands catalog, CatalogCallers callers, CatalogIds ids, Clock clock) {
        this.catalog = catalog;
        this.callers = callers;
        this.ids = ids;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<ProductCommandResponse> create(@Valid @RequestBody TourPackageRequest request,
                                                         CurrentUser user) {
        String providerId = callers.tourOperator(user);
        String packageId = ids.newId();
        var command = new CreateTourPackageCommand(packageId, providerId, request.title().strip(),
                request.description(), request.city().strip(), request.durationDays(),
                request.itinerary() == null ? List.of()
                        : request.itinerary().stream().map(ItineraryDayRequest::toDay).toList(),
                request.pickups().stream().map(PickupRequest::toPoint).toList(), request.maxSeats(), clock.instant());
        return created("/api/tour-packages/" + packageId, packageId, catalog.createTourPackage(command));
    }

    @PostMapping("/{packageId}/departures")
    public ResponseEntity<ProductCommandResponse> scheduleDeparture(@PathVariable String packageId,
                                                                    @Valid @RequestBody DepartureRequest request,
                                                                    CurrentUser user) {
        String providerId = callers.tourOperator(user);
        String departureId = ids.newId();
        return createdInside("/api/tour-packages/" + packageId, packageId, departureId,
                catalog.scheduleDeparture(packageId, departureId, providerId, request.departureDate(),
                        request.seats(), request.pricePerSeat().toMoney(), clock.instant()));
    }

    @PostMapping("/{packageId}/publish")
    public ResponseEntity<ProductCommandResponse> publish(@PathVariable String packageId, CurrentUser user) {
        return acceptedResponse(packageId,
                catalog.publishTourPackage(packageId, callers.tourOperator(user), clock.instant()));
    }

    @PostMapping("/{packageId}/pause")
    public ResponseEntity<ProductCommandResponse> pause(@PathVariable String packageId, CurrentUser user) {
        return acceptedResponse(packageId,
                catalog.pauseTourPackage(packageId, callers.tourOperator(user), clock.instant()));
    }

    @PostMapping("/{packageId}/archive")
    public ResponseEntity<ProductCommandResponse> archive(@PathVariable String packageId, CurrentUser user) {
        return acceptedResponse(packageId,
                catalog.archiveTourPackage(packageId, callers.tourOperator(user), clock.instant()));
    }
}
