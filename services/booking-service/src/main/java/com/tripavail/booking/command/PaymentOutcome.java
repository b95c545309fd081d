package com.tripavail.booking.command;

/**
 * The typed result of a payment command. Provider callbacks arrive more than once, so a repeat is
 * its own answer ({@link Unchanged}) rather than an error; {@link Refused} reports a callback or
 * request that does not fit (a capture after a decline, a refund beyond the captured amount).
 * Neither applies anything.
 */
public sealed interface PaymentOutcome {

    PaymentStatus status();

    /** The command changed the payment; {@code status} is the resulting one. */
    record Accepted(PaymentStatus status) implements PaymentOutcome {
    }

    /** The same fact was recorded before: nothing changed. */
    record Unchanged(PaymentStatus status, String detail) implements PaymentOutcome {
    }

    /** The command does not fit the payment: nothing changed. */
    record Refused(PaymentRefusal reason, String detail, PaymentStatus status) implements PaymentOutcome {
    }
}
