package com.tripavail.platform.kafka;

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
}
