package com.tripavail.booking.event;

/** What a booking buys: nights of a room type, a hotel package, or seats of a tour departure. */
public enum ProductType {
    STAY,
    HOTEL_PACKAGE,
    TOUR_PACKAGE
}
