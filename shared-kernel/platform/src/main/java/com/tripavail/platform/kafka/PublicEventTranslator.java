package com.tripavail.platform.kafka;

import java.util.List;
import java.util.Optional;

/**
 * A service's mapping from its own domain events to published contracts
 * ({@code shared-kernel/contracts} records). Domain events stay private to the service;
 * only what this returns crosses the boundary.
 */
@FunctionalInterface
public interface PublicEventTranslator {

    /** @return the contract record to publish for this domain event, or empty if it stays private */
    Optional<Object> translate(Object domainEvent);

    /**
     * Every contract to publish for this domain event, in order: override when one domain event
     * means something to two audiences (a confirmed booking is a sale for inventory and a
     * confirmation for everyone else). The first contract keeps the domain event's id as its
     * envelope's eventId; the others get ids derived from it, stable across redeliveries.
     */
    default List<Object> translateAll(Object domainEvent) {
        return translate(domainEvent).map(List::of).orElse(List.of());
    }
}
