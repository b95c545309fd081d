package com.tripavail.inventory.command.hold;

import com.tripavail.contracts.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens the nights {@code from}..{@code to} (both included, at most {@value RoomCalendar#MAX_NIGHTS_PER_BATCH})
 * with {@code units} each (null: the room type's units) at {@code price} (null: the base price).
 * Nights already open keep their settings.
 */
public record OpenRoomNightsCommand(@TargetAggregateIdentifier String roomTypeId, LocalDate from, LocalDate to,
                                    Integer units, Money price, Instant at) {
}
