package com.tripavail.inventory.command.catalog;

/** Makes new catalogue ids (listings, room types, packages, departures); injected so tests can predict them. */
@FunctionalInterface
public interface CatalogIds {

    String newId();
}
