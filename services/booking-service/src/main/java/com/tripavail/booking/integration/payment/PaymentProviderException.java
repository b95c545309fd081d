package com.tripavail.booking.integration.payment;

/** A payment provider did not do what was asked. */
public abstract sealed class PaymentProviderException extends RuntimeException
        permits PaymentRequestRefusedException, PaymentProviderUnavailableException {

    private final String provider;

    protected PaymentProviderException(String provider, String message, Throwable cause) {
        super(message, cause);
        this.provider = provider;
    }

    public String provider() {
        return provider;
    }
}
