package com.tripavail.inventory.api.catalog;

import static com.tripavail.inventory.api.catalog.CatalogResults.acceptedResponse;
import static com.tripavail.inventory.api.catalog.CatalogResults.created;

import com.tripavail.inventory.api.catalog.CatalogRequests.HotelPackageRequest;
import com.tripavail.inventory.api.catalog.CatalogRequests.SeasonRequest;
import com.tripavail.inventory.api.catalog.CatalogResults.ProductCommandResponse;
import com.tripavail.inventory.command.catalog.CatalogCommands;
import com.tripavail.inventory.command.catalog.CatalogIds;
import com.tripavail.inventory.command.catalog.CreateHotelPackageCommand;
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

/** A hotel manager's packages on their own listings. */
@RestController
@RequestMapping("/api/hotel-packages")
public class HotelPackageController {

    private final CatalogCommands catalog;
    private final CatalogCallers callers;
    private final CatalogIds ids;
    private final Clock clock;

    public HotelPackageController(CatalogCommands catalog, CatalogCallers callers, CatalogIds ids, Clock clock) {
        this.catalog = catalog;
        this.callers = callers;
        this.ids = ids;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<ProductCommandResponse> create(@Valid @RequestBody HotelPackageRequest request,
                                                         CurrentUser user) {
        String providerId = callers.hotelManager(user);
        String packageId = ids.newId();
        var command = new CreateHotelPackageCommand(packageId, providerId, request.listingId(),
                List.copyOf(request.roomTypeIds()), request.template(), request.title().strip(),
                request.description(), request.pricePerPerson().toMoney(), request.nights(),
                request.inclusions() == null ? List.of() : List.copyOf(request.inclusions()),
                request.availabilityRule(),
                request.seasons() == null ? List.of() : request.seasons().stream().map(SeasonRequest::toRange).toList(),
                clock.instant());
        return created("/api/hotel-packages/" + packageId, packageId, catalog.createHotelPackage(command));
    }

    @PostMapping("/{packageId}/publish")
    public ResponseEntity<ProductCommandResponse> publish(@PathVariable String packageId, CurrentUser user) {
        return acceptedResponse(packageId,
                catalog.publishHotelPackage(packageId, callers.hotelManager(user), clock.instant()));
    }

    @PostMapping("/{packageId}/pause")
    public ResponseEntity<ProductCommandResponse> pause(@PathVariable String packageId, CurrentUser user) {
        return acceptedResponse(packageId,
                catalog.pauseHotelPackage(packageId, callers.hotelManager(user), clock.instant()));
    }

    @PostMapping("/{packageId}/archive")
    public ResponseEntity<ProductCommandResponse> archive(@PathVariable String packageId, CurrentUser user) {
        return acceptedResponse(packageId,
                catalog.archiveHotelPackage(packageId, callers.hotelManager(user), clock.instant()));
    }
}
