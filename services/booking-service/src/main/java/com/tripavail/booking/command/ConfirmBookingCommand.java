package com.tripavail.booking.command;

import com.tripavail.contracts.Money;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A payment of the booking was captured. Confirms the booking when it awaits that payment;
 * otherwise (expired, cancelled, another payment) the money is recorded as refused, to be refunded.
 */
public record ConfirmBookingCommand(@TargetAggregateIdentifier String bookingId, String paymentId, Money amount,
                                    Instant at) {
}
