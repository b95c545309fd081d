package com.tripavail.trip.routing.network;

import com.tripavail.trip.routing.gtfs.TransitMode;

/** What a journey leg tells about the line it rides: namespaced id, name, mode and operator (agency name). */
public record RouteInfo(String id, String name, TransitMode mode, String operator, int zone, int feed) {
}
