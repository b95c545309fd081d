package com.tripavail.booking.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider's webhook says the refund was paid out. A repeat changes nothing. */
public record RecordRefundPaidCommand(@TargetAggregateIdentifier String paymentId, String refundId, Instant at) {
}
