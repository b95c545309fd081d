package com.tripavail.onboarding.integration.delivery;

/**
 * Port for messages to users (login codes). Adapters: {@link DevMailbox} for the local
 * stack and tests, {@link SmtpOutboundMessages} in production.
 */
public interface OutboundMessages {

    /** @param to an email address or an E.164 phone number */
    void send(String to, String subject, String body);
}
