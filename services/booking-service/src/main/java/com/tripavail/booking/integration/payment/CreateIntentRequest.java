package com.tripavail.booking.integration.payment;

import com.tripavail.contracts.Money;
import java.util.Objects;

/**
 * Charge {@code card} with {@code amount} for a booking. {@code paymentId} is the idempotency key:
 * the provider keeps one intent per payment id.
 */
public record CreateIntentRequest(String paymentId, String bookingId, Money amount, PaymentCard card) {

    public CreateIntentRequest {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(card, "card");
    }
}
