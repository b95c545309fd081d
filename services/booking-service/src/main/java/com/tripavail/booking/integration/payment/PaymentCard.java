package com.tripavail.booking.integration.payment;

import java.util.Objects;

/**
 * The card a traveller pays with. Its number goes to the provider and nowhere else: it is never
 * stored, put in an event or logged, so {@link #toString()} shows the last four digits only.
 */
public record PaymentCard(String number) {

    public PaymentCard {
        Objects.requireNonNull(number, "number");
    }

    /** The number without the spaces and dashes people type between groups of digits. */
    public String digits() {
        return number.replaceAll("[\\s-]", "");
    }

    public String last4() {
        String digits = digits();
        return digits.length() < 4 ? digits : digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return "PaymentCard[**** " + last4() + "]";
    }
}
