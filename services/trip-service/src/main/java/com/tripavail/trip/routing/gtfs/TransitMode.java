package com.tripavail.trip.routing.gtfs;

import java.util.Optional;

/**
 * The traveller-facing kind of vehicle, from GTFS {@code route_type}: the basic values 0–12 and the extended
 * (Hierarchical Vehicle Type) 100-series, grouped by hundreds (1100 Air Service, 700 Bus Service, …).
 */
public enum TransitMode {
    RAIL, METRO, TRAM, BUS, COACH, TROLLEYBUS, FERRY, AIR, CABLE_CAR, FUNICULAR, MONORAIL, TAXI, OTHER;

    public static Optional<TransitMode> fromRouteType(int routeType) {
        TransitMode mode = switch (routeType) {
            case 0 -> TRAM;
            case 1 -> METRO;
            case 2 -> RAIL;
            case 3 -> BUS;
            case 4 -> FERRY;
            case 5, 6 -> CABLE_CAR;
            case 7 -> FUNICULAR;
            case 11 -> TROLLEYBUS;
            case 12 -> MONORAIL;
            default -> extended(routeType);
        };
        return Optional.ofNullable(mode);
    }

    private static TransitMode extended(int routeType) {
        if (routeType < 100 || routeType > 1799) {
            return null;
        }
        if (routeType == 405) {
            return MONORAIL;
        }
        return switch (routeType / 100) {
            case 1, 3 -> RAIL;          // railway, suburban railway
            case 2 -> COACH;
            case 4, 5, 6 -> METRO;      // urban railway, metro, underground
            case 7 -> BUS;
            case 8 -> TROLLEYBUS;
            case 9 -> TRAM;
            case 10, 12 -> FERRY;       // water transport, ferry
            case 11 -> AIR;
            case 13 -> CABLE_CAR;       // aerial lift
            case 14 -> FUNICULAR;
            case 15 -> TAXI;
            default -> OTHER;           // 16 self drive, 17 miscellaneous
        };
    }
}
