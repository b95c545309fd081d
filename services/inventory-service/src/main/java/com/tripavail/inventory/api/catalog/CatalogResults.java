package com.tripavail.inventory.api.catalog;

import com.tripavail.inventory.command.catalog.CatalogOutcome;
import com.tripavail.platform.web.ConflictException;
import com.tripavail.platform.web.NotFoundException;
import com.tripavail.platform.web.UnprocessableException;
import java.net.URI;
import org.springframework.http.ResponseEntity;

/** Turns the catalogue's typed outcomes into responses: refusals become 404, 409 or 422 problems. */
final class CatalogResults {

    /** The answer to a catalogue command: the product's id, its status, and the id of what was made inside it. */
    public record ProductCommandResponse(String id, String status, String createdId) {
    }

    private CatalogResults() {
    }

    static CatalogOutcome.Accepted accepted(CatalogOutcome outcome) {
        return switch (outcome) {
            case CatalogOutcome.Accepted accepted -> accepted;
            case CatalogOutcome.Refused refused -> throw switch (refused.reason()) {
                case NOT_OWNER -> new NotFoundException(refused.detail());
                case INVALID_DETAILS -> new UnprocessableException(refused.detail());
                case WRONG_STATE, PROVIDER_NOT_APPROVED, NO_ROOM_TYPES, LISTING_NOT_PUBLISHED, DUPLICATE_DEPARTURE ->
                        refused.status() == null ? new ConflictException(refused.detail())
                                : new ConflictException(refused.detail(), refused.status().name());
            };
        };
    }

    static ResponseEntity<ProductCommandResponse> created(String location, String id, CatalogOutcome outcome) {
        var accepted = accepted(outcome);
        return ResponseEntity.created(URI.create(location))
                .body(new ProductCommandResponse(id, accepted.status().name(), null));
    }

    static ResponseEntity<ProductCommandResponse> createdInside(String location, String id, String createdId,
                                                               CatalogOutcome outcome) {
        var accepted = accepted(outcome);
        return ResponseEntity.created(URI.create(location))
                .body(new ProductCommandResponse(id, accepted.status().name(), createdId));
    }

    static ResponseEntity<ProductCommandResponse> acceptedResponse(String id, CatalogOutcome outcome) {
        var accepted = accepted(outcome);
        return ResponseEntity.accepted().body(new ProductCommandResponse(id, accepted.status().name(), null));
    }
}
