package com.tripavail.booking.config;

import com.tripavail.booking.integration.payment.WebhookSignature;
import com.tripavail.booking.integration.payment.simulated.SimulatedPaymentProvider;
import com.tripavail.booking.integration.payment.simulated.SimulatedWebhookDelivery;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The payment provider adapters: the built-in simulated provider unless it is switched off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tripavail.booking.payments.providers.simulated.enabled", havingValue = "true",
        matchIfMissing = true)
public class PaymentConfiguration {

    @Bean
    SimulatedWebhookDelivery simulatedWebhookDelivery(DSLContext dsl, PaymentProperties properties, Clock clock) {
        return new SimulatedWebhookDelivery(dsl, properties.providers().simulated(), simulatedSignature(properties),
                clock);
    }

    @Bean
    SimulatedPaymentProvider simulatedPaymentProvider(DSLContext dsl, PlatformTransactionManager transactionManager,
                                                      PaymentProperties properties, Clock clock,
                                                      SimulatedWebhookDelivery delivery) {
        return new SimulatedPaymentProvider(dsl, transactionManager, simulatedSignature(properties), clock, delivery);
    }

    private static WebhookSignature simulatedSignature(PaymentProperties properties) {
        return new WebhookSignature(properties.providers().simulated().webhookSecret(), properties.webhookTolerance());
    }
}
