package com.tripavail.booking.integration.payment;

/** The provider could not be reached or failed on its side; the same request may succeed later. */
public final class PaymentProviderUnavailableException extends PaymentProviderException {

    public PaymentProviderUnavailableException(String provider, String message, Throwable cause) {
        super(provider, message, cause);
    }
}
