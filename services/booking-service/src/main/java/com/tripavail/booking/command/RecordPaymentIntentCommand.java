package com.tripavail.booking.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider's id for the payment. */
public record RecordPaymentIntentCommand(@TargetAggregateIdentifier String paymentId, String providerTxnId,
                                         Instant at) {
}
