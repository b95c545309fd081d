package com.tripavail.trip.routing.gtfs;

/** Told how far an import has got, so that a long import of a big feed is visible (log, admin endpoint). */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress SILENT = (feed, file, rows) -> { };

    void rowsRead(String feedName, String file, long rows);
}
