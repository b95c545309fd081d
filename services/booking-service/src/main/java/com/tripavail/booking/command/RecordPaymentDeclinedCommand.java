package com.tripavail.booking.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider's webhook says the payment was declined. A repeat changes nothing. */
public record RecordPaymentDeclinedCommand(@TargetAggregateIdentifier String paymentId, String providerTxnId,
                                           String reason, Instant at) {
}
