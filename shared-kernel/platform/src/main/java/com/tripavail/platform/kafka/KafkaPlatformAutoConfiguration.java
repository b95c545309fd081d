package com.tripavail.platform.kafka;

import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Kafka publication of public events and idempotent consumption of other services' events. */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, JooqAutoConfiguration.class})
@EnableConfigurationProperties(KafkaPlatformProperties.class)
public class KafkaPlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnBean(PublicEventTranslator.class)
    public KafkaEventPublication kafkaEventPublication(KafkaTemplate<String, String> kafka,
                                                       List<PublicEventTranslator> translators,
                                                       KafkaPlatformProperties properties) {
        if (properties.publicationTopic() == null || properties.publicationTopic().isBlank()) {
            throw new IllegalStateException("tripavail.kafka.publication-topic must name the topic this service publishes to");
        }
        return new KafkaEventPublication(kafka, translators, properties::topicFor, properties.sendTimeout());
    }

    @Bean
    public InboxHandler inboxHandler(DSLContext dsl, PlatformTransactionManager transactionManager, Clock clock) {
        return new InboxHandler(dsl, new TransactionTemplate(transactionManager), clock);
    }

    @Bean
    public OutsideInboxTransaction outsideInboxTransaction(PlatformTransactionManager transactionManager) {
        return new OutsideInboxTransaction(transactionManager);
    }

    @Bean
    public ParkedMessages parkedMessages(DSLContext dsl, Clock clock) {
        return new ParkedMessages(dsl, clock);
    }

    @Bean
    public IntegrationEventListeners integrationEventListeners(ObjectProvider<IntegrationEventConsumer> consumers,
                                                               ConsumerFactory<String, String> consumerFactory,
                                                               InboxHandler inbox, ParkedMessages parked,
                                                               KafkaPlatformProperties properties,
                                                               @Value("${tripavail.kafka.consumer-group-prefix:${spring.application.name}}")
                                                               String serviceName) {
        return new IntegrationEventListeners(consumers.orderedStream().toList(), consumerFactory, inbox, parked,
                properties, serviceName);
    }
}
