package com.tripavail.booking.integration.payment;

/**
 * The provider refuses the request as it stands and will refuse it again: an invalid card number
 * ({@code invalid_number}), an idempotency key reused with other parameters
 * ({@code idempotency_key_in_use}), a refund of more than is left ({@code amount_too_large}), an
 * unknown charge ({@code resource_missing}). {@code code} is the provider's error code; the
 * message may be shown to the payer.
 */
public final class PaymentRequestRefusedException extends PaymentProviderException {

    public static final String INVALID_NUMBER = "invalid_number";
    public static final String INVALID_AMOUNT = "amount_invalid";
    public static final String IDEMPOTENCY_KEY_IN_USE = "idempotency_key_in_use";
    public static final String AMOUNT_TOO_LARGE = "amount_too_large";
    public static final String RESOURCE_MISSING = "resource_missing";
    public static final String CHARGE_NOT_SUCCEEDED = "charge_not_succeeded";

    private final String code;

    public PaymentRequestRefusedException(String provider, String code, String message) {
        super(provider, message, null);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
