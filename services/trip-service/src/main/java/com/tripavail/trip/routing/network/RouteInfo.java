package com.tripavail.trip.routing.network;

import com.tripavail.trip.routing.gtfs.TransitMode;

/**
 * What a journey leg tells about the line it rides: namespaced id, name, mode, operator (agency name) and the
 * operator's site (agency_url, empty when the feed has none).
 */
public record RouteInfo(String id, String name, TransitMode mode, String operator, int zone, int feed,
                        String operatorUrl) {
}
