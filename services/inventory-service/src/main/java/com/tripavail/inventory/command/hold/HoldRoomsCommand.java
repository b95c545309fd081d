package com.tripavail.inventory.command.hold;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hold {@code units} rooms of a room type for every night from {@code checkIn} to the night
 * before {@code checkOut}, all or nothing. For a hotel package {@code packageTerms} is set and
 * decides the nights (its {@code nights} from check-in; {@code checkOut} is ignored) and the price.
 */
public record HoldRoomsCommand(@TargetAggregateIdentifier String roomTypeId, String holdId, String bookingId,
                               String productType, String productId, LocalDate checkIn, LocalDate checkOut,
                               int units, int guests, PackageTerms packageTerms, Instant at) {
}
