package com.tripavail.booking.command;

import com.tripavail.booking.event.RefundSplit;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give money back on a captured payment. Idempotent by {@code refundId}; never more than was captured. */
public record RefundPaymentCommand(@TargetAggregateIdentifier String paymentId, String refundId, RefundSplit refund,
                                   String reason, Instant at) {
}
