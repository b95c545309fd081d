package com.tripavail.inventory.api.catalog;

import static com.tripavail.inventory.api.catalog.CatalogResults.acceptedResponse;
import static com.tripavail.inventory.api.catalog.CatalogResults.created;
import static com.tripavail.inventory.api.catalog.CatalogResults.createdInside;

import com.tripavail.inventory.api.catalog.CatalogRequests.ListingRequest;
import com.tripavail.inventory.api.catalog.CatalogRequests.RoomTypeRequest;
import com.tripavail.inventory.api.catalog.CatalogResults.ProductCommandResponse;
import com.tripavail.inventory.command.catalog.AddRoomTypeCommand;
import com.tripavail.inventory.command.catalog.CatalogCommands;
import com.tripavail.inventory.command.catalog.CatalogIds;
import com.tripavail.inventory.command.catalog.CreateListingCommand;
import com.tripavail.inventory.command.catalog.UpdateListingDetailsCommand;
import com.tripavail.inventory.command.catalog.UpdateRoomTypeCommand;
import com.tripavail.platform.security.CurrentUser;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A hotel manager's listings and their room types. */
@RestController
@RequestMapping("/api/listings")
public class ListingController {

    private final CatalogCommands catalog;
    private final CatalogCallers callers;
    private final CatalogIds ids;
    private final Clock clock;

    public ListingController(CatalogCommands catalog, CatalogCallers callers, CatalogIds ids, Clock clock) {
        this.catalog = catalog;
        this.callers = callers;
        this.ids = ids;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<ProductCommandResponse> create(@Valid @RequestBody ListingRequest request, CurrentUser user) {
        String providerId = callers.hotelManager(user);
        String listingId = ids.newId();
        return created("/api/catalog/listings/" + listingId, listingId, catalog.createListing(
                new CreateListingCommand(listingId, providerId, request.toDetails(), clock.instant())));
    }

    @PutMapping("/{listingId}")
    public ResponseEntity<ProductCommandResponse> update(@PathVariable String listingId,
                                                         @Valid @RequestBody ListingRequest request, CurrentUser user) {
        String providerId = callers.hotelManager(user);
        return acceptedResponse(listingId, catalog.updateListing(
                new UpdateListingDetailsCommand(listingId, providerId, request.toDetails(), clock.instant())));
    }

    @PostMapping("/{listingId}/room-types")
    public ResponseEntity<ProductCommandResponse> addRoomType(@PathVariable String listingId,
                                                              @Valid @RequestBody RoomTypeRequest request,
                                                              CurrentUser user) {
        String providerId = callers.hotelManager(user);
        String roomTypeId = ids.newId();
        return createdInside("/api/catalog/listings/" + listingId, listingId, roomTypeId, catalog.addRoomType(
                new AddRoomTypeCommand(listingId, roomTypeId, providerId, request.toDetails(), clock.instant())));
    }

    @PutMapping("/{listingId}/room-types/{roomTypeId}")
    public ResponseEntity<ProductCommandResponse> updateRoomType(@PathVariable String listingId,
                                                                 @PathVariable String roomTypeId,
                                                                 @Valid @RequestBody RoomTypeRequest request,
                                                                 CurrentUser user) {
        String providerId = callers.hotelManager(user);
        return acceptedResponse(listingId, catalog.updateRoomType(
                new UpdateRoomTypeCommand(listingId, roomTypeId, providerId, request.toDetails(), clock.instant())));
    }

    @PostMapping("/{listingId}/publish")
    public ResponseEntity<ProductCommandResponse> publish(@PathVariable String listingId, CurrentUser user) {
        return acceptedResponse(listingId,
                catalog.publishListing(listingId, callers.hotelManager(user), clock.instant()));
    }

    @PostMapping("/{listingId}/pause")
    public ResponseEntity<ProductCommandResponse> pause(@PathVariable String listingId, CurrentUser user) {
        return acceptedResponse(listingId, catalog.pauseListing(listingId, callers.hotelManager(user), clock.instant()));
    }

    @PostMapping("/{listingId}/archive")
    public ResponseEntity<ProductCommandResponse> archive(@PathVariable String listingId, CurrentUser user) {
        return acceptedResponse(listingId,
                catalog.archiveListing(listingId, callers.hotelManager(user), clock.instant()));
    }
}
