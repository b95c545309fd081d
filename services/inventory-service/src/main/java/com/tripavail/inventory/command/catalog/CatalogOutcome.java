package com.tripavail.inventory.command.catalog;

import com.tripavail.inventory.event.ProductStatus;

/**
 * The typed result of a catalogue command: accepted with the product's resulting status, or
 * refused with a reason and the status that caused it. A refusal applies nothing; the REST
 * layer turns it into a 404, 409 or 422 problem.
 */
public sealed interface CatalogOutcome {

    ProductStatus status();

    record Accepted(ProductStatus status) implements CatalogOutcome {
    }

    record Refused(CatalogRefusal reason, String detail, ProductStatus status) implements CatalogOutcome {
    }

    static CatalogOutcome accepted(ProductStatus status) {
        return new Accepted(status);
    }

    static CatalogOutcome refused(CatalogRefusal reason, String detail, ProductStatus status) {
        return new Refused(reason, detail, status);
    }
}
