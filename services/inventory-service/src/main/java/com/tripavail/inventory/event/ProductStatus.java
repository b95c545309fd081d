package com.tripavail.inventory.event;

/** Listings, hotel packages and tour packages: DRAFT → PUBLISHED → PAUSED / ARCHIVED. */
public enum ProductStatus {
    DRAFT,
    PUBLISHED,
    PAUSED,
    ARCHIVED
}
