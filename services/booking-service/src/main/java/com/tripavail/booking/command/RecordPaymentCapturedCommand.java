package com.tripavail.booking.command;

import com.tripavail.contracts.Money;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider's webhook says the money was taken. A repeat changes nothing. */
public record RecordPaymentCapturedCommand(@TargetAggregateIdentifier String paymentId, String providerTxnId,
                                           Money amount, Instant at) {
}
