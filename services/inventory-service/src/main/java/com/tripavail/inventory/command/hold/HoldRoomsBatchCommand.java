package com.tripavail.inventory.command.hold;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Several holds on one calendar that arrived together, decided one after the other in one
 * unit of work (one lock, one append, one commit): each hold is still all or nothing on its
 * own, and each later hold sees the units the earlier ones took. The handler answers with one
 * {@link HoldOutcome} per hold, in order. See {@link HoldBatcher}.
 */
public record HoldRoomsBatchCommand(@TargetAggregateIdentifier String roomTypeId, List<HoldRoomsCommand> holds) {
}
