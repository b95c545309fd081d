package com.tripavail.inventory.command.hold;

import java.time.LocalDate;

/**
 * A request to hold a product, as booking sends it ({@code booking.HoldRequested}) or an admin
 * posts it. {@code productType} is STAY (productId = the room type), HOTEL_PACKAGE (productId =
 * the package, or {@code <packageId>#<roomTypeId>} to choose one of its room types; the first one
 * otherwise) or TOUR_PACKAGE (productId = the tour package, departureId = its departure).
 */
public record HoldRequest(String holdId, String bookingId, String productType, String productId,
                          String departureId, LocalDate checkIn, LocalDate checkOut, int units, int guests) {

    public static final String STAY = "STAY";
    public static final String HOTEL_PACKAGE = "HOTEL_PACKAGE";
    public static final String TOUR_PACKAGE = "TOUR_PACKAGE";
    /** Separates a hotel package's id from the room type chosen in {@code productId}. */
    public static final String ROOM_TYPE_SEPARATOR = "#";
}
