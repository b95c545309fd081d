package com.tripavail.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real Kafka broker (KRaft, broker and controller combined in one node) inside this JVM. */
final class EmbeddedKafkaInstance extends AbstractKafkaInstance {

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafkaInstance(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    static EmbeddedKafkaInstance start() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS);
        broker.brokerProperties(BROKER_PROPERTIES);
        // By default the broker also publishes its address as the system property spring.kafka.bootstrap-servers,
        // which every Spring context of the JVM would then pick up; only spring.embedded.kafka.brokers is set.
        broker.brokerListProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
        broker.afterPropertiesSet();
        return new EmbeddedKafkaInstance(broker);
    }

    @Override
    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void close() {
        try {
            closeAdmin();
        }
        finally {
            broker.destroy();
        }
    }

    @Override
    public String toString() {
        return "embedded Kafka (KRaft) [" + bootstrapServers() + "]";
    }
}
