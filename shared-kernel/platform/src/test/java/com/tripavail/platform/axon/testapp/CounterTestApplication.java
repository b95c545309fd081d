package com.tripavail.platform.axon.testapp;

import com.tripavail.platform.security.TestTokens;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A minimal event-sourced service on the platform, for the Axon, Kafka, admin, persistence and
 * tracing tests: a {@link Counter} aggregate, a replayable projection, a processing group with a
 * dead-letter queue, a subscribing handler, a saga with a persistent deadline, a Kafka publisher
 * (through {@link CounterEventTranslator}) and a Kafka consumer. Validates tokens from {@link TestTokens}.
 */
@SpringBootApplication
public class CounterTestApplication {

    @Bean
    JwtDecoder testJwtDecoder() {
        return TestTokens.decoder();
    }

    /** Errors of the subscribing guard fail the command instead of being logged and ignored. */
    @Bean
    ConfigurerModule counterGuardErrorsPropagate() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(CounterGuard.GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }

    /** Several partitions, so per-aggregate order on the publication topic is about the key. */
    @Bean
    NewTopic counterPublicationTopic(@Value("${tripavail.kafka.publication-topic}") String topic) {
        return TopicBuilder.name(topic).partitions(3).replicas(1).build();
    }

    /** One partition: a poison message is in front of the messages after it. */
    @Bean
    NewTopic counterInboundTopic(@Value("${counter-test.inbound-topic}") String topic) {
        return TopicBuilder.name(topic).partitions(1).replicas(1).build();
    }
}
