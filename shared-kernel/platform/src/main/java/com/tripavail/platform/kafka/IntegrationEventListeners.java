package com.tripavail.platform.kafka;

import com.tripavail.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

/**
 * One Kafka listener container per {@link IntegrationEventConsumer}: its own consumer
 * group, offsets committed after each poll's records are handled, a few retries, then parking.
 */
public class IntegrationEventListeners implements SmartLifecycle {

    private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();
    private volatile boolean running;

    public IntegrationEventListeners(List<IntegrationEventConsumer> consumers, ConsumerFactory<String, String> factory,
                                     InboxHandler inbox, ParkedMessages parked, KafkaPlatformProperties properties,
                                     String serviceName) {
        for (IntegrationEventConsumer consumer : consumers) {
            ContainerProperties container = new ContainerProperties(consumer.topics().toArray(String[]::new));
            container.setGroupId(serviceName + "." + consumer.name());
            // Offsets are committed once per poll, not per record: the inbox already makes a record read
            // twice (after a crash between handling and committing) harmless, and a synchronous commit
            // per record was a broker round trip and an offsets-log write for every record of every
            // consumer group (half of them records the consumer skips).
            container.setAckMode(ContainerProperties.AckMode.BATCH);
            container.getKafkaConsumerProperties().setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            container.setMessageListener((MessageListener<String, String>) record -> {
                if (acceptedBy(consumer, record)) {
                    inbox.handle(consumer, record);
                }
            });

            DefaultErrorHandler errors = new DefaultErrorHandler(
                    (record, exception) -> parked.park(consumer.name(), record, exception),
                    new FixedBackOff(properties.consumerRetryBackoff().toMillis(), properties.consumerRetries()));
            // A message that is not a valid envelope will never become one: park it at once.
            errors.addNotRetryableExceptions(JacksonException.class, IllegalArgumentException.class);

            ConcurrentMessageListenerContainer<String, String> listener =
                    new ConcurrentMessageListenerContainer<>(factory, container);
            listener.setCommonErrorHandler(errors);
            listener.setConcurrency(properties.concurrencyOf(consumer.name()));
            listener.setBeanName(serviceName + "." + consumer.name());
            containers.add(listener);
        }
    }

    /** By the type header; a record without one is read and judged by its envelope. */
    static boolean acceptedBy(IntegrationEventConsumer consumer, ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(Topics.TYPE_HEADER);
        return type == null || consumer.accepts(new String(type.value(), StandardCharsets.UTF_8));
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
