package com.tripavail.onboarding.config;

import com.tripavail.onboarding.command.IdGenerator;
import com.tripavail.onboarding.command.UserAccounts;
import com.tripavail.onboarding.command.login.AccessTokens;
import com.tripavail.onboarding.command.login.OtpLogin;
import com.tripavail.onboarding.command.login.SigningKeys;
import com.tripavail.onboarding.integration.delivery.DevMailbox;
import com.tripavail.onboarding.integration.delivery.OutboundMessages;
import com.tripavail.onboarding.integration.delivery.SmtpOutboundMessages;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
public class OnboardingConfiguration {

    @Bean
    IdGenerator idGenerator() {
        return () -> UUID.randomUUID().toString();
    }

    @Bean
    SigningKeys signingKeys(DSLContext dsl, Clock clock) {
        return new SigningKeys(dsl, clock);
    }

    @Bean
    AccessTokens accessTokens(SigningKeys keys, OnboardingProperties properties, Clock clock) {
        return new AccessTokens(keys, properties.tokens().issuer(), properties.tokens().ttl(), clock);
    }

    /** This service verifies tokens with its own key; the others fetch it from the JWKS endpoint. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, OnboardingProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.tokens().issuer()));
        return decoder;
    }

    @Bean
    @ConditionalOnProperty(name = "tripavail.onboarding.delivery.mode", havingValue = "DEV_MAILBOX")
    DevMailbox devMailbox(Clock clock) {
        return new DevMailbox(clock);
    }

    @Bean
    @ConditionalOnProperty(name = "tripavail.onboarding.delivery.mode", havingValue = "SMTP", matchIfMissing = true)
    SmtpOutboundMessages smtpOutboundMessages(OnboardingProperties properties, JavaMailSender mail) {
        return new SmtpOutboundMessages(mail, properties.delivery().from(), properties.delivery().smsGatewayDomain());
    }

    @Bean
    OtpLogin otpLogin(DSLContext dsl, OutboundMessages outbound, UserAccounts users, AccessTokens tokens,
                      OnboardingProperties properties, Clock clock, PlatformTransactionManager transactions) {
        return new OtpLogin(dsl, outbound, users, tokens, properties.otp(), clock,
                new TransactionTemplate(transactions));
    }

    /** Long-lived profiles load from a snapshot plus the events after it. */
    @Bean
    SnapshotTriggerDefinition providerProfileSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 50);
    }
}
