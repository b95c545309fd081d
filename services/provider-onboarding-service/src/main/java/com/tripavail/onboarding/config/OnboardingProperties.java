package com.tripavail.onboarding.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the onboarding service.
 *
 * @param admins   emails of users who are made ADMIN at start-up
 * @param otp      one-time login codes
 * @param tokens   access tokens
 * @param delivery how login codes reach users
 * @param seed     development data (local stack only)
 */
@ConfigurationProperties("tripavail.onboarding")
public record OnboardingProperties(@DefaultValue List<String> admins, @DefaultValue Otp otp,
                                   @DefaultValue Tokens tokens, @DefaultValue Delivery delivery,
                                   @DefaultValue Seed seed) {

    /**
     * @param pepper secret mixed into the stored hash of each code; set it in production
     */
    public record Otp(@DefaultValue("5m") Duration ttl, @DefaultValue("5") int maxAttempts,
                      @DefaultValue("30s") Duration resendInterval, @DefaultValue("5") int maxSendsPerHour,
                      @DefaultValue("change-me-in-production") String pepper) {
    }

    public record Tokens(@DefaultValue("tripavail") String issuer, @DefaultValue("1h") Duration ttl) {
    }

    /**
     * @param mode             DEV_MAILBOX keeps messages in memory and serves them at /api/dev/messages; SMTP sends them
     * @param smsGatewayDomain email-to-SMS gateway for phone numbers (SMTP mode)
     */
    public record Delivery(@DefaultValue("SMTP") Mode mode, @DefaultValue("no-reply@tripavail.local") String from,
                           String smsGatewayDomain) {

        public enum Mode { DEV_MAILBOX, SMTP }
    }

    public record Seed(@DefaultValue("false") boolean enabled) {
    }
}
