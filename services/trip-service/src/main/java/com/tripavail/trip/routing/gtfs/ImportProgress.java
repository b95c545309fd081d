package com.tripavail.trip.routing.gtfs;

/** Told how far an import has got, so that a long import of a big feed is visible (log, admin endpoint). */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress SILENT = (feed, file, rows) -> { };

    void rowsRead(String feedName, String file, long rows);

    /** A feed has been read: {@code clean} when it has no problem. */
    default void feedRead(String feedName, boolean clean) {
    }

    /** Every feed was clean; the network is being built from them. */
    default void building() {
    }
}
