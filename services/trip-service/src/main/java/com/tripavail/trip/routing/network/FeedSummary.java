package com.tripavail.trip.routing.network;

import java.time.ZoneId;

/** One feed of a network: what the admin list shows and the feeds table records. */
public record FeedSummary(String name, String version, ZoneId timezone, int stops, int routes, int trips,
                          long stopTimes) {
}
